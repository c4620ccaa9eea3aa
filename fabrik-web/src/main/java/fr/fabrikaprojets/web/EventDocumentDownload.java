package fr.fabrikaprojets.web;

import fr.fabrikaprojets.application.DocumentContent;
import fr.fabrikaprojets.application.EventDocumentService;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /temps-forts/document?id=12}: a document kept with an event, for whoever may see the event (public events:
 * anyone), as a download under its own type.
 */
@WebServlet("/temps-forts/document")
public class EventDocumentDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private EventDocumentService documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long id = PageParameters.id(request.getParameter("id"));
        if (id == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DocumentContent document;
        try {
            document = documents.download(id);
        } catch (BusinessException | EJBAccessException notForYou) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DocumentDownload.send(document, response);
    }
}
