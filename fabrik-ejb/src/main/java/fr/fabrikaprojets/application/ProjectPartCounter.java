package fr.fabrikaprojets.application;

/** Counts the parts of a project's page in one statement, with the same reading rules as the page's lists. */
public interface ProjectPartCounter {

    /**
     * The rows of each part of project {@code projectId} that its reader may read: all of them for the platform's
     * team; outside it, the minutes validated, the advice shared or asked of {@code organisationId}, and the
     * orientations towards it ({@code null}: a reader of no organisation).
     */
    ProjectPartCounts count(long projectId, boolean team, Long organisationId);
}
