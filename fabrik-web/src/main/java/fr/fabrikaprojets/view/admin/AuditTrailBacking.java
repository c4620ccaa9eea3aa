package fr.fabrikaprojets.view.admin;

import fr.fabrikaprojets.application.AuditService;
import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.domain.model.audit.AuditEntry;
import fr.fabrikaprojets.domain.model.audit.AuditFilter;
import fr.fabrikaprojets.view.Feedback;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The audit trail for administrators ({@code admin/journal.xhtml?type=Organisation&qui=animatrice&du=2026-11-01}):
 * filters in the address, pages of {@value #PAGE_SIZE} newest first, the same filter exported as CSV.
 */
@Named
@RequestScoped
public class AuditTrailBacking {

    static final int PAGE_SIZE = 50;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @EJB
    private AuditService audit;

    private String type;
    private String subject;
    private String actor;
    private String from;
    private String to;
    private int first;
    private Page<AuditEntry> page;
    private List<String> types = List.of();

    public void load() {
        types = audit.subjectTypes();
        Feedback.attempt(() -> page = audit.entries(filter(type, subject, actor, from, to), first, PAGE_SIZE));
    }

    /** The filter of the page's parameters; an unreadable date is refused in French by {@link Feedback}. */
    public static AuditFilter filter(String type, String subject, String actor, String from, String to) {
        return new AuditFilter(type, subject, actor, startOf(from, 0), startOf(to, 1));
    }

    private static Instant startOf(String date, int plusDays) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date.strip()).plusDays(plusDays).atStartOfDay(PARIS).toInstant();
        } catch (DateTimeParseException unreadable) {
            throw fr.fabrikaprojets.domain.shared.BusinessException.invalid("La date « " + date
                    + " » est illisible : choisissez-la dans le calendrier.");
        }
    }

    public Page<AuditEntry> getPage() {
        return page;
    }

    public List<String> getTypes() {
        return types;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public int getFirst() {
        return first;
    }

    public void setFirst(int first) {
        this.first = Math.max(0, first);
    }
}
