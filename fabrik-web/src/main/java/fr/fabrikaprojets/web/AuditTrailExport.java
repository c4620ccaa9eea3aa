package fr.fabrikaprojets.web;

import fr.fabrikaprojets.application.AuditService;
import fr.fabrikaprojets.application.Refusals;
import fr.fabrikaprojets.domain.shared.BusinessException;
import fr.fabrikaprojets.view.PageLanguage;
import fr.fabrikaprojets.view.admin.AuditTrailBacking;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** {@code /admin/journal.csv?type=…&qui=…&du=…&au=…}: the audit trail of the same filter as the page, as CSV. */
@WebServlet("/admin/journal.csv")
public class AuditTrailExport extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private AuditService audit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] csv;
        try {
            csv = audit.export(AuditTrailBacking.filter(request.getParameter("type"), request.getParameter("objet"),
                    request.getParameter("qui"), request.getParameter("du"), request.getParameter("au")));
        } catch (BusinessException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(Refusals.inLanguage(refused.getMessage(),
                    PageLanguage.of(request).getLanguage()).getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"fabrik-journal.csv\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(csv.length);
        response.getOutputStream().write(csv);
    }
}
