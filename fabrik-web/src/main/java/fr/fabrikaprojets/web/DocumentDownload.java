package fr.fabrikaprojets.web;

import fr.fabrikaprojets.application.DocumentContent;
import fr.fabrikaprojets.application.DocumentService;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.LongFunction;

/**
 * {@code /projets/document?id=12}: a project's document, for those who may see the project (the service checks),
 * always as a download under its own type, never rendered inline by the browser.
 */
@WebServlet("/projets/document")
public class DocumentDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private DocumentService documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, documents::download);
    }

    /**
     * The document named by the request's {@code id}, read by {@code download} (whose service checks who may read
     * it); a wrong id or a document the caller may not read is answered 404 alike.
     */
    static void serve(HttpServletRequest request, HttpServletResponse response,
            LongFunction<DocumentContent> download) throws IOException {
        Long id = PageParameters.id(request.getParameter("id"));
        if (id == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DocumentContent document;
        try {
            document = download.apply(id);
        } catch (BusinessException | EJBAccessException notForYou) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        send(document, response);
    }

    /** As an attachment, never rendered inline: a document's content is the uploader's, not Fabrik's. */
    private static void send(DocumentContent document, HttpServletResponse response) throws IOException {
        String encoded = URLEncoder.encode(document.filename(), StandardCharsets.UTF_8).replace("+", "%20");
        response.setContentType(document.mediaType());
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + encoded);
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(document.bytes().length);
        response.getOutputStream().write(document.bytes());
    }
}
