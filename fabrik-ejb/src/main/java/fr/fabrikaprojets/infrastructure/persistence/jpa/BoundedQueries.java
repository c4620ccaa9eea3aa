package fr.fabrikaprojets.infrastructure.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.jpa.JpaQuery;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.queries.ReadQuery;
import org.eclipse.persistence.sessions.DatabaseRecord;
import org.eclipse.persistence.sessions.Session;

/**
 * JPQL queries read a page at a time (every list query is bounded), with their SQL written once.
 *
 * <p>Why: EclipseLink keeps each JPQL text parsed with its SQL, but written without a row limit; a query given
 * {@code setMaxResults} throws that SQL away and writes it again, with its {@code OFFSET ? FETCH NEXT ?}, at every
 * execution (by JFR, 4 to 7 % of a data page's work). Kept here as a named query whose SQL was written with the
 * limit as parameters, a query only binds its page's numbers.
 */
final class BoundedQueries {

    private static final String PREFIX = "fabrik.bounded:";

    private BoundedQueries() {
    }

    /** At most {@code max} rows of {@code jpql}, from the first. */
    static <T> TypedQuery<T> create(EntityManager entityManager, String jpql, Class<T> type, int max) {
        return create(entityManager, jpql, type, 0, max);
    }

    /** At most {@code max} rows of {@code jpql}, from row {@code first} (counted from 0). */
    static <T> TypedQuery<T> create(EntityManager entityManager, String jpql, Class<T> type, int first, int max) {
        String name = PREFIX + type.getName() + ":" + jpql;
        Session unit = entityManager.unwrap(JpaEntityManager.class).getServerSession();
        if (unit.getQuery(name) == null) {
            DatabaseQuery query = (DatabaseQuery) entityManager.createQuery(jpql, type).unwrap(JpaQuery.class)
                    .getDatabaseQuery().clone();
            // Any limit: what matters is that the SQL is written with one, as parameters.
            ((ReadQuery) query).setMaxRows(1);
            query.prepareCall(unit, new DatabaseRecord());
            unit.addQuery(name, query);
        }
        return entityManager.createNamedQuery(name, type).setFirstResult(first).setMaxResults(max);
    }
}
