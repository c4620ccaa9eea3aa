package fr.fabrikaprojets.infrastructure.persistence.jpa;

import java.util.Collection;
import fr.fabrikaprojets.domain.model.advice.Advice;
import fr.fabrikaprojets.domain.model.advice.AdviceRepository;
import fr.fabrikaprojets.domain.model.advice.AdviceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAdviceRepository implements AdviceRepository {

    @PersistenceContext(unitName = "fabrik")
    private EntityManager entityManager;

    @Override
    public Optional<Advice> find(long id) {
        return FetchPlans.joined(entityManager.createQuery("SELECT a FROM Advice a JOIN FETCH a.organisation "
                + "JOIN FETCH a.project LEFT JOIN FETCH a.expert LEFT JOIN FETCH a.session WHERE a.id = :id",
                Advice.class), "a.project.platform", "a.project.holder")
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public void store(Advice advice) {
        entityManager.persist(advice);
    }

    @Override
    public List<Advice> ofProject(long projectId, int max) {
        return BoundedQueries.create(entityManager, "SELECT a FROM Advice a JOIN FETCH a.organisation "
                + "LEFT JOIN FETCH a.expert LEFT JOIN FETCH a.session LEFT JOIN FETCH a.document "
                + "WHERE a.project.id = :project "
                + "ORDER BY a.requestedAt DESC, a.id DESC", Advice.class, max)
                .setParameter("project", projectId).getResultList();
    }

    @Override
    public List<Advice> requestedOf(long expertId, int first, int max) {
        return BoundedQueries.create(entityManager,
                "SELECT a FROM Advice a JOIN FETCH a.project JOIN FETCH a.organisation "
                + "WHERE a.expert.id = :expert ORDER BY a.lastMovedAt DESC, a.id DESC", Advice.class, first, max)
                .setParameter("expert", expertId).getResultList();
    }

    @Override
    public long countRequestedOf(long expertId) {
        return entityManager.createQuery("SELECT COUNT(a) FROM Advice a WHERE a.expert.id = :expert", Long.class)
                .setParameter("expert", expertId).getSingleResult();
    }

    @Override
    public List<Advice> awaitedSince(Instant before, int max) {
        return FetchPlans.joined(BoundedQueries.create(entityManager,
                "SELECT a FROM Advice a JOIN FETCH a.organisation JOIN FETCH a.expert JOIN FETCH a.project "
                + "WHERE a.status = :requested AND a.lastMovedAt <= :before ORDER BY a.lastMovedAt", Advice.class, max),
                "a.project.platform").setParameter("requested", AdviceStatus.REQUESTED)
                .setParameter("before", before).getResultList();
    }

    @Override
    public boolean involves(long projectId, long organisationId) {
        return !entityManager.createNativeQuery("SELECT 1 FROM projects p WHERE p.id = ?1 AND ("
                + "EXISTS (SELECT 1 FROM advice a WHERE a.project_id = p.id AND a.organisation_id = ?2 "
                + "AND a.status <> 'REVOKED') "
                + "OR EXISTS (SELECT 1 FROM orientations o WHERE o.project_id = p.id AND o.organisation_id = ?2))")
                .setParameter(1, projectId).setParameter(2, organisationId).setMaxResults(1).getResultList()
                .isEmpty();
    }

    @Override
    public List<Advice> askedOf(long organisationId, int max) {
        return BoundedQueries.create(entityManager,
                "SELECT a FROM Advice a JOIN FETCH a.project WHERE a.organisation.id = :org "
                + "AND a.status <> :revoked ORDER BY a.requestedAt DESC, a.id DESC", Advice.class, max)
                .setParameter("org", organisationId).setParameter("revoked", AdviceStatus.REVOKED).getResultList();
    }

    @Override
    public List<Advice> askedBetween(String platformCode, Instant from, Instant to, int max) {
        return BoundedQueries.create(entityManager,
                "SELECT a FROM Advice a JOIN FETCH a.project p JOIN FETCH a.organisation "
                + "WHERE p.platform.code = :code AND a.status <> :revoked AND a.requestedAt >= :from "
                + "AND a.requestedAt < :to ORDER BY a.requestedAt", Advice.class, max)
                .setParameter("code", platformCode).setParameter("revoked", AdviceStatus.REVOKED)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public List<Advice> ofProjects(Collection<Long> projectIds) {
        return projectIds.isEmpty() ? List.of() : entityManager.createQuery("SELECT a FROM Advice a "
                + "JOIN FETCH a.organisation WHERE a.project.id IN :projects", Advice.class)
                .setParameter("projects", projectIds).getResultList();
    }
}
