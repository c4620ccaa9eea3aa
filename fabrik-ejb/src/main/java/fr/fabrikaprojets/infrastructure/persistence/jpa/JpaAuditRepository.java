package fr.fabrikaprojets.infrastructure.persistence.jpa;

import fr.fabrikaprojets.domain.model.audit.AuditEntry;
import fr.fabrikaprojets.domain.model.audit.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
        return entityManager.createQuery("SELECT a FROM AuditEntry a WHERE a.subjectType = :type "
                + "AND a.subjectId = :id ORDER BY a.recordedAt DESC, a.id DESC", AuditEntry.class)
                .setParameter("type", subjectType).setParameter("id", subjectId)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countOfSubject(String subjectType, String subjectId) {
        return entityManager.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.subjectType = :type "
                + "AND a.subjectId = :id", Long.class)
                .setParameter("type", subjectType).setParameter("id", subjectId).getSingleResult();
    }
}
