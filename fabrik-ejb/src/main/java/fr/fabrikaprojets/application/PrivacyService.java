package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.project.Project;

/**
 * The holders' rights (GDPR), exercised by the administrator who answers for the data protection officer: find
 * what Fabrik holds about a person (by e-mail address or phone number), export it (access), anonymise it
 * (erasure, or consent withdrawn), and the retention job that anonymises those inactive for
 * {@code -Dfabrik.retention.years} (3). Anonymising keeps every figure the platform reports: states, dates,
 * communes, fields, attendance.
 */
public interface PrivacyService {

    /** What Fabrik holds about the person reached at this e-mail address or phone number. */
    PersonalData find(String emailOrPhone);

    /** The right of access: everything held about the person, in sections of labelled records. */
    PersonalDataReport report(String emailOrPhone);

    /** The same report as a JSON document. */
    String reportAsJson(String emailOrPhone);

    /** The same report as a readable PDF. */
    byte[] reportAsPdf(String emailOrPhone);

    /** Records that the person withdrew their consent ({@code how}: by phone, by letter…), then anonymises them. */
    Erasure withdrawConsent(String emailOrPhone, String how);

    /** The right to erasure: the person is anonymised wherever Fabrik names them; the figures stay the same. */
    Erasure erase(String emailOrPhone, String reason);

    /** Projects whose holder the retention job anonymises next: already due, or due within 30 days. */
    Page<Project> nextAnonymisations(int first, int size);

    /** The retention job (every night; or on demand): anonymises what has been inactive for the retention period. */
    Erasure anonymiseExpired();
}
