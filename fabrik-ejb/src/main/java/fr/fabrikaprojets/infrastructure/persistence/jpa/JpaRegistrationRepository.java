package fr.fabrikaprojets.infrastructure.persistence.jpa;

import fr.fabrikaprojets.domain.model.session.Registration;
import fr.fabrikaprojets.domain.model.session.RegistrationRepository;
import fr.fabrikaprojets.domain.model.session.Session;
import fr.fabrikaprojets.domain.model.session.SessionRoll;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class JpaRegistrationRepository implements RegistrationRepository {

    /** Capacity is at most 500; the waiting list is bounded with it. */
    private static final int MAX_ROLL = 1000;

    @PersistenceContext(unitName = "fabrik")
    private EntityManager entityManager;

    @Override
    public Optional<Registration> find(long id) {
        return FetchPlans.joined(entityManager.createQuery("SELECT r FROM Registration r JOIN FETCH r.session "
                + "WHERE r.id = :id", Registration.class), "r.session.platform")
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public void store(Registration registration) {
        entityManager.persist(registration);
    }

    @Override
    public SessionRoll lockedRoll(long sessionId) {
        return rollOf(entityManager.find(Session.class, sessionId, LockModeType.PESSIMISTIC_WRITE), sessionId);
    }

    @Override
    public SessionRoll roll(long sessionId) {
        return rollOf(entityManager.find(Session.class, sessionId), sessionId);
    }

    private SessionRoll rollOf(Session session, long sessionId) {
        if (session == null) {
            throw BusinessException.notFound("La réunion n° " + sessionId + " n’existe pas.");
        }
        return new SessionRoll(session, BoundedQueries.create(entityManager, "SELECT r FROM Registration r "
                + "LEFT JOIN FETCH r.organisation WHERE r.session.id = :session ORDER BY r.registeredAt, r.id",
                Registration.class, MAX_ROLL).setParameter("session", sessionId).getResultList());
    }

    @Override
    public List<Registration> attendedBy(String email, int max) {
        return BoundedQueries.create(entityManager, "SELECT r FROM Registration r JOIN FETCH r.session s "
                + "WHERE LOWER(r.email) = :email AND r.attended = TRUE ORDER BY s.date DESC", Registration.class, max)
                .setParameter("email", email == null ? "" : email.toLowerCase(Locale.ROOT)).getResultList();
    }

    @Override
    public List<Registration> ofContact(String email, String phone, int max) {
        return ContactQueries.ofContact(entityManager, "SELECT r FROM Registration r JOIN FETCH r.session s",
                "s.date, r.id", Registration.class, email, phone, max);
    }

    @Override
    public List<Registration> namedBefore(LocalDate before, int max) {
        return BoundedQueries.create(entityManager, "SELECT r FROM Registration r JOIN FETCH r.session s "
                + "WHERE s.date < :before AND r.name <> :anonymous ORDER BY s.date, r.id", Registration.class, max)
                .setParameter("before", before).setParameter("anonymous", Registration.ANONYMOUS).getResultList();
    }

    @Override
    public long countNamedBefore(LocalDate before) {
        return entityManager.createQuery("SELECT COUNT(r) FROM Registration r JOIN r.session s "
                + "WHERE s.date < :before AND r.name <> :anonymous", Long.class)
                .setParameter("before", before).setParameter("anonymous", Registration.ANONYMOUS).getSingleResult();
    }
}
