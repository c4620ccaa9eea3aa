package fr.fabrikaprojets.domain.model.audit;

import java.util.List;

public interface AuditRepository {

    void record(AuditEntry entry);

    /** A page of one record's history, newest first. */
    List<AuditEntry> ofSubject(String subjectType, String subjectId, int first, int max);

    /** A page of the whole trail narrowed by the filter, newest first. */
    List<AuditEntry> search(AuditFilter filter, int first, int max);

    long count(AuditFilter filter);

    /** The entries older than the entry {@code beforeId} (null: from the newest), newest first; for exports. */
    List<AuditEntry> before(AuditFilter filter, Long beforeId, int max);

    /** The kinds of record the trail holds, for the filter's choices (at most 100). */
    List<String> subjectTypes();
}
