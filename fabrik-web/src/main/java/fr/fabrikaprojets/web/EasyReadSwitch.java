package fr.fabrikaprojets.web;

import fr.fabrikaprojets.view.EasyRead;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /lecture-facile?activer=1&retour=/idee.xhtml}: switches the easy-to-read version on ({@code activer=1}) or
 * off, for a year, and goes back to the page the visitor was on (only a page of Fabrik: never another site).
 */
@WebServlet("/lecture-facile")
public class EasyReadSwitch extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean on = "1".equals(request.getParameter("activer"));
        Cookie cookie = new Cookie(EasyRead.COOKIE, on ? "1" : "0");
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(on ? ONE_YEAR : 0);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        response.sendRedirect(request.getContextPath() + ReturnPath.of(request));
    }
}
