package fr.fabrikaprojets.web;

import fr.fabrikaprojets.application.RegistrationService;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /animation/reunions/emargement?id=12}: the session's sign-in sheet, a PDF to print. */
@WebServlet("/animation/reunions/emargement")
public class SignInSheetDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private RegistrationService registrations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = PageParameters.id(request.getParameter("id"));
        byte[] pdf;
        try {
            pdf = id == null ? null : registrations.signInSheet(id);
        } catch (BusinessException notFound) {
            pdf = null;
        }
        if (pdf == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"emargement-" + id + ".pdf\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
