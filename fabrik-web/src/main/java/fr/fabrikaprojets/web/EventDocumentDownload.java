package fr.fabrikaprojets.web;

import fr.fabrikaprojets.application.EventDocumentService;
import jakarta.ejb.EJB;
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
        DocumentDownload.serve(request, response, documents::download);
    }
}
