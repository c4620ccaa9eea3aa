package fr.fabrikaprojets.infrastructure.persistence.jpa;

import fr.fabrikaprojets.domain.model.event.Audience;
import fr.fabrikaprojets.domain.model.event.Cycle;
import fr.fabrikaprojets.domain.model.event.EventDocument;
import fr.fabrikaprojets.domain.model.event.EventRegistration;
import fr.fabrikaprojets.domain.model.event.EventStatus;
import fr.fabrikaprojets.domain.model.event.EventRepository;
import fr.fabrikaprojets.domain.model.event.EventRoll;
import fr.fabrikaprojets.domain.model.event.PublicEvent;
import fr.fabrikaprojets.domain.model.session.Enrolment;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaEventRepository implements EventRepository {

    /** An event's registrations read at once: its capacity and waiting list stay far below. */
    private static final int MAX_ROLL = 5000;
    private static final String WHOLE = "SELECT e FROM PublicEvent e JOIN FETCH e.cycle c JOIN FETCH c.platform pl "
            + "LEFT JOIN FETCH e.place.commune ";

    @PersistenceContext(unitName = "fabrik")
    private EntityManager entityManager;

    @Override
    public void store(Cycle cycle) {
        entityManager.persist(cycle);
    }

    @Override
    public void store(PublicEvent event) {
        entityManager.persist(event);
    }

    @Override
    public void store(EventRegistration registration) {
        entityManager.persist(registration);
    }

    @Override
    public void store(EventDocument document) {
        entityManager.persist(document);
    }

    @Override
    public void remove(EventDocument document) {
        entityManager.remove(document);
    }

    @Override
    public Optional<EventDocument> document(long id) {
        return entityManager.createQuery("SELECT d FROM EventDocument d JOIN FETCH d.event e JOIN FETCH e.cycle c "
                + "JOIN FETCH c.platform WHERE d.id = :id", EventDocument.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public List<EventDocument> documentsOf(long eventId, int max) {
        return BoundedQueries.create(entityManager, "SELECT d FROM EventDocument d WHERE d.event.id = :event "
                + "ORDER BY d.uploadedAt, d.id", EventDocument.class, max).setParameter("event", eventId)
                .getResultList();
    }

    @Override
    public List<PublicEvent> held(String platformCode, boolean network, int first, int max) {
        TypedQuery<PublicEvent> query = entityManager.createQuery(WHOLE + "WHERE pl.code = :code AND e.status = :held"
                + (network ? "" : " AND e.audience = :public") + " ORDER BY e.date DESC, e.id DESC", PublicEvent.class);
        return heldParameters(query, platformCode, network).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countHeld(String platformCode, boolean network) {
        TypedQuery<Long> query = entityManager.createQuery("SELECT COUNT(e) FROM PublicEvent e JOIN e.cycle c "
                + "JOIN c.platform pl WHERE pl.code = :code AND e.status = :held"
                + (network ? "" : " AND e.audience = :public"), Long.class);
        return heldParameters(query, platformCode, network).getSingleResult();
    }

    private static <T> TypedQuery<T> heldParameters(TypedQuery<T> query, String platformCode, boolean network) {
        query.setParameter("code", platformCode).setParameter("held", EventStatus.HELD);
        return network ? query : query.setParameter("public", Audience.PUBLIC);
    }

    @Override
    public List<EventRegistration> awaitingReminder(LocalDate from, LocalDate to, int max) {
        return BoundedQueries.create(entityManager, "SELECT r FROM EventRegistration r JOIN FETCH r.event e "
                + "JOIN FETCH e.cycle c JOIN FETCH c.platform LEFT JOIN FETCH e.place.commune "
                + "WHERE e.status = :planned AND e.date >= :from AND e.date <= :to AND r.status = :registered "
                + "AND r.email IS NOT NULL AND r.remindedAt IS NULL ORDER BY e.date, r.id", EventRegistration.class,
                max)
                .setParameter("planned", EventStatus.PLANNED).setParameter("from", from).setParameter("to", to)
                .setParameter("registered", Enrolment.Status.REGISTERED).getResultList();
    }

    @Override
    public Optional<Cycle> cycle(long id) {
        return Optional.ofNullable(entityManager.find(Cycle.class, id));
    }

    @Override
    public List<Cycle> cycles(String platformCode, int max) {
        return BoundedQueries.create(entityManager, "SELECT c FROM Cycle c WHERE c.platform.code = :code "
                + "ORDER BY c.createdAt DESC, c.id DESC", Cycle.class, max).setParameter("code", platformCode)
                .getResultList();
    }

    @Override
    public Optional<PublicEvent> event(long id) {
        return entityManager.createQuery(WHOLE + "WHERE e.id = :id", PublicEvent.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public List<PublicEvent> upcoming(String platformCode, LocalDate from, boolean network, int max) {
        TypedQuery<PublicEvent> query = entityManager.createQuery(WHOLE + "WHERE pl.code = :code AND e.date >= :from"
                + (network ? "" : " AND e.audience = :public") + " ORDER BY e.date, e.start, e.id", PublicEvent.class)
                .setParameter("code", platformCode).setParameter("from", from);
        if (!network) {
            query.setParameter("public", Audience.PUBLIC);
        }
        return query.setMaxResults(max).getResultList();
    }

    @Override
    public List<PublicEvent> ofCycle(long cycleId, int max) {
        return BoundedQueries.create(entityManager, WHOLE + "WHERE c.id = :cycle ORDER BY e.date, e.start, e.id",
                PublicEvent.class, max).setParameter("cycle", cycleId).getResultList();
    }

    @Override
    public List<PublicEvent> publicBetween(String platformCode, LocalDate from, LocalDate to, int max) {
        return BoundedQueries.create(entityManager,
                WHOLE + "WHERE pl.code = :code AND e.date >= :from AND e.date <= :to "
                + "AND e.audience = :public ORDER BY e.date, e.start, e.id", PublicEvent.class, max)
                .setParameter("code", platformCode).setParameter("from", from).setParameter("to", to)
                .setParameter("public", Audience.PUBLIC).getResultList();
    }

    @Override
    public EventRoll lockedRoll(long eventId) {
        return rollOf(entityManager.find(PublicEvent.class, eventId, LockModeType.PESSIMISTIC_WRITE), eventId);
    }

    @Override
    public EventRoll roll(long eventId) {
        return rollOf(entityManager.find(PublicEvent.class, eventId), eventId);
    }

    private EventRoll rollOf(PublicEvent event, long eventId) {
        if (event == null) {
            throw BusinessException.notFound("L’événement n° " + eventId + " n’existe pas.");
        }
        return new EventRoll(event, BoundedQueries.create(entityManager, "SELECT r FROM EventRegistration r "
                + "LEFT JOIN FETCH r.organisation WHERE r.event.id = :event ORDER BY r.registeredAt, r.id",
                EventRegistration.class, MAX_ROLL).setParameter("event", eventId).getResultList());
    }

    @Override
    public List<EventRegistration> registrationsOfContact(String email, String phone, int max) {
        return ContactQueries.ofContact(entityManager, "SELECT r FROM EventRegistration r JOIN FETCH r.event e",
                "e.date, r.id", EventRegistration.class, email, phone, max);
    }

    @Override
    public List<EventRegistration> registrationsNamedBefore(LocalDate before, int max) {
        return BoundedQueries.create(entityManager, "SELECT r FROM EventRegistration r JOIN FETCH r.event e "
                + "WHERE e.date < :before AND r.name <> :anonymous ORDER BY e.date, r.id", EventRegistration.class, max)
                .setParameter("before", before).setParameter("anonymous", Enrolment.ANONYMOUS).getResultList();
    }
}
