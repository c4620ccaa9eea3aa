package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.audit.AuditEntry;
import fr.fabrikaprojets.domain.model.audit.AuditFilter;
import java.util.List;

/**
 * The audit trail as administrators read it: every change recorded (who, when, from which address, what), browsed by
 * kind of record, record, person and period, and exported. Nothing here, nor anywhere, edits or deletes an entry.
 */
public interface AuditService {

    /** The most entries an export holds; a narrower filter exports the rest. */
    int MAX_EXPORT = 100_000;

    Page<AuditEntry> entries(AuditFilter filter, int first, int size);

    /** The kinds of record found in the trail ("Project", "Organisation"…). */
    List<String> subjectTypes();

    /** The entries of the filter as CSV (UTF-8, semicolons), newest first. */
    byte[] export(AuditFilter filter);
}
