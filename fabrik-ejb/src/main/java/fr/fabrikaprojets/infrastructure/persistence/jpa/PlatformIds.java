package fr.fabrikaprojets.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A platform's id by its code, read once per code: the native statements filter on the id, which the pages know by
 * code, and a platform is never removed nor renumbered. Read once per statement instead, the dashboard's first view
 * read it in fourteen of its 31 statements (BENCHMARKS.md, run 41).
 */
@ApplicationScoped
public class PlatformIds {

    /** No platform has this id: statements about an unknown code count nothing. */
    static final long NONE = -1L;

    @PersistenceContext(unitName = "fabrik")
    private EntityManager entityManager;

    private final Map<String, Long> ids = new ConcurrentHashMap<>();

    /** The id of the platform {@code code}, or {@link #NONE}; an unknown code is read again next time. */
    public long of(String code) {
        Long known = ids.get(code);
        if (known != null) {
            return known;
        }
        Long read = entityManager.createQuery("SELECT pl.id FROM Platform pl WHERE pl.code = :code", Long.class)
                .setParameter("code", code).getResultStream().findFirst().orElse(null);
        if (read == null) {
            return NONE;
        }
        ids.put(code, read);
        return read;
    }
}
