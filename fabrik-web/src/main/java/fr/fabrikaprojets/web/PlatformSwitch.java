package fr.fabrikaprojets.web;

import fr.fabrikaprojets.view.CurrentPlatform;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /plateforme?code=arras&retour=/projets/index.xhtml}: the pages show this platform from now on, if the person
 * may work on it (any platform for the public, their own once signed in), and go back to the page they were on.
 */
@WebServlet("/plateforme")
public class PlatformSwitch extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentPlatform currentPlatform;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!currentPlatform.choose(request.getParameter("code"))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.sendRedirect(request.getContextPath() + ReturnPath.of(request));
    }
}
