package fr.fabrikaprojets.domain.model.audit;

import java.util.List;

public interface AuditRepository {

    void record(AuditEntry entry);

    /** A page of one record's history, newest first. */
    List<AuditEntry> ofSubject(String subjectType, String subjectId, int first, int max);

    long countOfSubject(String subjectType, String subjectId);
}
