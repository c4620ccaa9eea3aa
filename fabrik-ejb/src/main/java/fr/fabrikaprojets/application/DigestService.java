package fr.fabrikaprojets.application;

/**
 * Each person chooses how Fabrik writes to them: one e-mail per event (by default) or a weekly digest, sent on Monday
 * morning with everything of the week.
 */
public interface DigestService {

    /** Whether the caller chose the weekly digest. */
    boolean weeklyDigest();

    void chooseWeeklyDigest(boolean weekly);

    /** Sends every waiting digest now (Monday mornings, or an admin); returns how many were sent. */
    int sendDigests();
}
