package fr.fabrikaprojets.infrastructure.persistence.jpa;

import fr.fabrikaprojets.domain.model.audit.AuditEntry;
import fr.fabrikaprojets.domain.model.audit.AuditFilter;
import fr.fabrikaprojets.domain.model.audit.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "fabrik")
    private EntityManager entityManager;

    @Override
    public void record(AuditEntry entry) {
        entityManager.persist(entry);
    }

    @Override
    public List<AuditEntry> ofSubject(String subjectType, String subjectId, int first, int max) {
        return BoundedQueries.create(entityManager, "SELECT a FROM AuditEntry a WHERE a.subjectType = :type "
                + "AND a.subjectId = :id ORDER BY a.recordedAt DESC, a.id DESC", AuditEntry.class, first, max)
                .setParameter("type", subjectType).setParameter("id", subjectId).getResultList();
    }


    @Override
    public List<AuditEntry> search(AuditFilter filter, int first, int max) {
        return filtered("SELECT a FROM AuditEntry a", filter, null, " ORDER BY a.id DESC", AuditEntry.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(AuditFilter filter) {
        return filtered("SELECT COUNT(a) FROM AuditEntry a", filter, null, "", Long.class).getSingleResult();
    }

    @Override
    public List<AuditEntry> before(AuditFilter filter, Long beforeId, int max) {
        return filtered("SELECT a FROM AuditEntry a", filter, beforeId, " ORDER BY a.id DESC", AuditEntry.class)
                .setMaxResults(max).getResultList();
    }

    @Override
    public List<String> subjectTypes() {
        return BoundedQueries.create(entityManager,
                "SELECT DISTINCT a.subjectType FROM AuditEntry a ORDER BY a.subjectType",
                String.class, 100).getResultList();
    }

    /** Ids grow with time (one sequence), so the newest entries are those of the highest ids. */
    private <T> TypedQuery<T> filtered(String select, AuditFilter filter, Long beforeId, String order,
            Class<T> type) {
        List<String> conditions = new java.util.ArrayList<>();
        if (filter.subjectType() != null) {
            conditions.add("a.subjectType = :type");
        }
        if (filter.subjectId() != null) {
            conditions.add("a.subjectId = :id");
        }
        if (filter.actor() != null) {
            conditions.add("a.actor = :actor");
        }
        if (filter.from() != null) {
            conditions.add("a.recordedAt >= :from");
        }
        if (filter.to() != null) {
            conditions.add("a.recordedAt < :to");
        }
        if (beforeId != null) {
            conditions.add("a.id < :before");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        TypedQuery<T> query = entityManager.createQuery(select + where + order, type);
        if (filter.subjectType() != null) {
            query.setParameter("type", filter.subjectType());
        }
        if (filter.subjectId() != null) {
            query.setParameter("id", filter.subjectId());
        }
        if (filter.actor() != null) {
            query.setParameter("actor", filter.actor());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to());
        }
        if (beforeId != null) {
            query.setParameter("before", beforeId);
        }
        return query;
    }
}
