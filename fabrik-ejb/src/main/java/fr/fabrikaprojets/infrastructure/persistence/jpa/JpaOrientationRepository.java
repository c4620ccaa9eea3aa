package fr.fabrikaprojets.infrastructure.persistence.jpa;

import java.util.Collection;
import fr.fabrikaprojets.domain.model.orientation.OutcomeCount;
import fr.fabrikaprojets.domain.model.orientation.Orientation;
import fr.fabrikaprojets.domain.model.orientation.OrientationRepository;
import fr.fabrikaprojets.domain.model.orientation.OrientationState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaOrientationRepository implements OrientationRepository {

    /** What still waits on the receiving organisation: an answer, then an outcome. */
    private static final EnumSet<OrientationState> OPEN = EnumSet.of(OrientationState.PROPOSED,
            OrientationState.ACCEPTED);

    @PersistenceContext(unitName = "fabrik")
    private EntityManager entityManager;

    @Override
    public Optional<Orientation> find(long id) {
        return entityManager.createQuery("SELECT o FROM Orientation o JOIN FETCH o.organisation "
                + "JOIN FETCH o.project p JOIN FETCH p.holder JOIN FETCH p.platform LEFT JOIN FETCH o.session "
                + "WHERE o.id = :id", Orientation.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<Orientation> findByHolderToken(String tokenHash) {
        return entityManager.createQuery("SELECT o FROM Orientation o JOIN FETCH o.organisation "
                + "JOIN FETCH o.project p JOIN FETCH p.holder WHERE o.holderTokenHash = :hash", Orientation.class)
                .setParameter("hash", tokenHash).getResultStream().findFirst();
    }

    @Override
    public void store(Orientation orientation) {
        entityManager.persist(orientation);
    }

    @Override
    public List<Orientation> ofProject(long projectId, int max) {
        return BoundedQueries.create(entityManager, "SELECT o FROM Orientation o JOIN FETCH o.organisation "
                + "LEFT JOIN FETCH o.session WHERE o.project.id = :project ORDER BY o.proposedAt DESC, o.id DESC",
                Orientation.class, max)
                .setParameter("project", projectId).getResultList();
    }

    @Override
    public List<Orientation> receivedBy(long organisationId, int first, int max) {
        return BoundedQueries.create(entityManager, "SELECT o FROM Orientation o JOIN FETCH o.project p "
                + "JOIN FETCH o.organisation WHERE o.organisation.id = :organisation "
                + "ORDER BY o.lastMovedAt DESC, o.id DESC", Orientation.class, first, max)
                .setParameter("organisation", organisationId)
                .getResultList();
    }

    @Override
    public long countReceivedBy(long organisationId) {
        return entityManager.createQuery("SELECT COUNT(o) FROM Orientation o WHERE o.organisation.id = :organisation",
                Long.class).setParameter("organisation", organisationId).getSingleResult();
    }

    @Override
    public List<Orientation> awaitedFrom(long organisationId, int first, int max) {
        return BoundedQueries.create(entityManager, "SELECT o FROM Orientation o JOIN FETCH o.project p "
                + "JOIN FETCH o.organisation WHERE o.organisation.id = :organisation AND o.state IN :open "
                + "ORDER BY o.lastMovedAt, o.id", Orientation.class, first, max)
                .setParameter("organisation", organisationId).setParameter("open", OPEN).getResultList();
    }

    @Override
    public long countAwaitedFrom(long organisationId) {
        return entityManager.createQuery("SELECT COUNT(o) FROM Orientation o WHERE o.organisation.id = :organisation "
                + "AND o.state IN :open", Long.class).setParameter("organisation", organisationId)
                .setParameter("open", OPEN).getSingleResult();
    }

    @Override
    public List<Orientation> waitingSince(Instant before, int max) {
        return BoundedQueries.create(entityManager, "SELECT o FROM Orientation o JOIN FETCH o.organisation "
                + "JOIN FETCH o.project p JOIN FETCH p.platform "
                + "WHERE o.state IN :open AND o.lastMovedAt <= :before ORDER BY o.lastMovedAt", Orientation.class, max)
                .setParameter("open", OPEN).setParameter("before", before).getResultList();
    }

    @Override
    public List<Orientation> proposedBetween(String platformCode, Instant from, Instant to, int max) {
        return BoundedQueries.create(entityManager,
                "SELECT o FROM Orientation o JOIN FETCH o.project p JOIN FETCH o.organisation "
                + "WHERE p.platform.code = :code AND o.proposedAt >= :from AND o.proposedAt < :to "
                + "ORDER BY o.proposedAt", Orientation.class, max).setParameter("code", platformCode)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public List<OutcomeCount> outcomes(String platformCode) {
        return BoundedQueries.create(entityManager, "SELECT o.organisation.id, o.state, COUNT(o) FROM Orientation o "
                + "WHERE o.project.platform.code = :code GROUP BY o.organisation.id, o.state", Object[].class, 10_000)
                .setParameter("code", platformCode).getResultList().stream()
                .map(row -> new OutcomeCount(((Number) row[0]).longValue(), (OrientationState) row[1],
                        ((Number) row[2]).longValue())).toList();
    }

    @Override
    public List<Orientation> ofProjects(Collection<Long> projectIds) {
        return projectIds.isEmpty() ? List.of() : entityManager.createQuery("SELECT o FROM Orientation o "
                + "JOIN FETCH o.organisation WHERE o.project.id IN :projects", Orientation.class)
                .setParameter("projects", projectIds).getResultList();
    }
}
