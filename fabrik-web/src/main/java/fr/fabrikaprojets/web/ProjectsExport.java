package fr.fabrikaprojets.web;

import fr.fabrikaprojets.application.ExportFormat;
import fr.fabrikaprojets.application.ProjectService;
import fr.fabrikaprojets.application.Refusals;
import fr.fabrikaprojets.domain.shared.BusinessException;
import fr.fabrikaprojets.view.CurrentPlatform;
import fr.fabrikaprojets.view.PageLanguage;
import fr.fabrikaprojets.view.projets.ProjectsBacking;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The projects list as a spreadsheet ({@code /projets/export?format=csv|xlsx&etat=…&commune=…&domaine=…}): the
 * list's own filters, and only the projects the reader may see.
 */
@WebServlet("/projets/export")
public class ProjectsExport extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private ProjectService projects;

    @Inject
    private CurrentPlatform currentPlatform;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ExportFormat format = "xlsx".equalsIgnoreCase(request.getParameter("format")) ? ExportFormat.XLSX
                : ExportFormat.CSV;
        byte[] content;
        try {
            content = projects.export(ProjectsBacking.filter(currentPlatform.getCode(), request::getParameter), format);
        } catch (BusinessException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(Refusals.inLanguage(refused.getMessage(),
                    PageLanguage.of(request).getLanguage()).getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.setContentType(format.mediaType());
        response.setHeader("Content-Disposition", "attachment; filename=\"fabrik-projets." + format.extension() + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
