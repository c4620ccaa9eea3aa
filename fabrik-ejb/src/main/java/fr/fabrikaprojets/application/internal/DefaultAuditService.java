package fr.fabrikaprojets.application.internal;

import static fr.fabrikaprojets.domain.shared.Roles.ADMIN;

import fr.fabrikaprojets.application.AuditService;
import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.application.RequestOrigin;
import fr.fabrikaprojets.application.statistics.ReportTexts;
import fr.fabrikaprojets.domain.model.audit.AuditEntry;
import fr.fabrikaprojets.domain.model.audit.AuditFilter;
import fr.fabrikaprojets.domain.model.audit.AuditRepository;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

@Stateless
public class DefaultAuditService implements AuditService {

    private static final int EXPORT_PAGE = 1_000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Europe/Paris"));
    private static final List<String> COLUMNS = List.of("when", "actor", "address", "platform", "type", "subject",
            "action", "description");

    @Inject
    private AuditRepository trail;

    @Inject
    private RequestOrigin origin;

    @Override
    @RolesAllowed(ADMIN)
    public Page<AuditEntry> entries(AuditFilter filter, int first, int size) {
        AuditFilter checked = checked(filter);
        int from = Page.boundedFirst(first);
        int rows = Page.boundedSize(size);
        return new Page<>(trail.search(checked, from, rows), from, rows, trail.count(checked));
    }

    @Override
    @RolesAllowed(ADMIN)
    public List<String> subjectTypes() {
        return trail.subjectTypes();
    }

    @Override
    @RolesAllowed(ADMIN)
    public byte[] export(AuditFilter filter) {
        AuditFilter checked = checked(filter);
        ReportTexts words = ReportTexts.in(origin.language());
        StringBuilder csv = new StringBuilder("\uFEFF").append(CsvTable.format(COLUMNS.stream()
                .map(column -> words.text("audit.column." + column)).toList())).append("\r\n");
        Long before = null;
        int written = 0;
        while (written < MAX_EXPORT) {
            List<AuditEntry> page = trail.before(checked, before, EXPORT_PAGE);
            for (AuditEntry entry : page) {
                csv.append(CsvTable.format(List.of(WHEN.format(entry.getRecordedAt()), entry.getActor(),
                        text(entry.getAddress()), text(entry.getPlatformCode()), entry.getSubjectType(),
                        entry.getSubjectId(), entry.getAction(), entry.getDescription()))).append("\r\n");
                before = entry.getId();
                written++;
            }
            if (page.size() < EXPORT_PAGE) {
                break;
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static AuditFilter checked(AuditFilter filter) {
        AuditFilter given = filter == null ? new AuditFilter(null, null, null, null, null) : filter;
        if (given.from() != null && given.to() != null && !given.to().isAfter(given.from())) {
            throw BusinessException.invalid("La fin de la période doit venir après son début.");
        }
        return given;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
