package fr.fabrikaprojets.domain.model.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the audit trail is narrowed to: a kind of record ("Project", "Organisation"…), a record's id, who acted (an
 * account name), and a period [from, to). Null means any.
 */
public record AuditFilter(String subjectType, String subjectId, String actor, Instant from, Instant to)
        implements Serializable {

    public AuditFilter {
        subjectType = blankToNull(subjectType);
        subjectId = blankToNull(subjectId);
        actor = blankToNull(actor);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
