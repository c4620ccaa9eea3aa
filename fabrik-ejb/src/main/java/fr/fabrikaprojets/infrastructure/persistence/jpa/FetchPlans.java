package fr.fabrikaprojets.infrastructure.persistence.jpa;

import jakarta.persistence.TypedQuery;

/**
 * What a query reads with its rows, as EclipseLink's hints.
 *
 * <p>Why not JPQL: EclipseLink applies {@code JOIN FETCH a.project p} but silently ignores a fetch through its alias,
 * {@code JOIN FETCH p.holder}, and each row's holder is then read on its own (a session's agenda took 12 statements
 * for 9 slots, BENCHMARKS.md run 44; the library 3 per sheet). Its join-fetch hint takes the whole path. A collection
 * is read for the whole page in one more statement ({@code IN} batch), not joined, so a page's rows stay one each.
 */
final class FetchPlans {

    private FetchPlans() {
    }

    /** The references at these paths (from the query's variable, such as {@code s.project.holder}), joined. */
    static <T> TypedQuery<T> joined(TypedQuery<T> query, String... paths) {
        for (String path : paths) {
            query.setHint("eclipselink.join-fetch", path);
        }
        return query;
    }

    /** The collections at these paths read for all the rows at once, one statement each. */
    static <T> TypedQuery<T> batched(TypedQuery<T> query, String... paths) {
        query.setHint("eclipselink.batch.type", "IN");
        for (String path : paths) {
            query.setHint("eclipselink.batch", path);
        }
        return query;
    }
}
