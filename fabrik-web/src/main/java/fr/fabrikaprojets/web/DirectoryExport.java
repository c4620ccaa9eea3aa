package fr.fabrikaprojets.web;

import fr.fabrikaprojets.application.DirectoryExchangeService;
import fr.fabrikaprojets.application.ExportFormat;
import fr.fabrikaprojets.view.CurrentPlatform;
import fr.fabrikaprojets.view.PageLanguage;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /reseau/export?quoi=personnes&format=xlsx}: the directory as a spreadsheet (CSV by default), in the reader's
 * language.
 */
@WebServlet("/reseau/export")
public class DirectoryExport extends HttpServlet {

    @Inject
    private CurrentPlatform currentPlatform;

    private static final long serialVersionUID = 1L;

    @EJB
    private DirectoryExchangeService exchange;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ExportFormat format = "xlsx".equalsIgnoreCase(request.getParameter("format")) ? ExportFormat.XLSX
                : ExportFormat.CSV;
        boolean people = "personnes".equals(request.getParameter("quoi"));
        byte[] content = people ? exchange.exportPeople(currentPlatform.getCode(), format)
                : exchange.exportOrganisations(currentPlatform.getCode(), format);
        response.setContentType(format.mediaType());
        boolean english = "en".equals(PageLanguage.of(request).getLanguage());
        response.setHeader("Content-Disposition", "attachment; filename=\"fabrik-" + (people ? english ? "people"
                : "personnes" : "organisations") + "." + format.extension() + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
