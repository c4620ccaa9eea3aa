package fr.fabrikaprojets.infrastructure.persistence.jpa;

import fr.fabrikaprojets.domain.model.session.Session;
import fr.fabrikaprojets.domain.model.session.SessionDate;
import fr.fabrikaprojets.domain.model.session.SessionRepository;
import fr.fabrikaprojets.domain.model.session.SessionStatus;
import fr.fabrikaprojets.domain.model.session.YearCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSessionRepository implements SessionRepository {

    @PersistenceContext(unitName = "fabrik")
    private EntityManager entityManager;

    @Override
    public Optional<Session> find(long id) {
        return entityManager.createQuery("SELECT s FROM Session s JOIN FETCH s.platform "
                + "LEFT JOIN FETCH s.place.commune WHERE s.id = :id", Session.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<Session> between(String platformCode, LocalDate from, LocalDate to, int max) {
        return BoundedQueries.create(entityManager, "SELECT s FROM Session s JOIN FETCH s.platform p "
                + "LEFT JOIN FETCH s.place.commune "
                + "WHERE p.code = :code AND s.date BETWEEN :from AND :to ORDER BY s.date, s.startTime", Session.class,
                max)
                .setParameter("code", platformCode).setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public List<SessionDate> datesBetween(String platformCode, LocalDate from, LocalDate to, int max) {
        return BoundedQueries.create(entityManager,
                "SELECT NEW " + SessionDate.class.getName() + "(s.id, s.date) FROM Session s "
                + "WHERE s.platform.code = :code AND s.date BETWEEN :from AND :to ORDER BY s.date, s.startTime",
                SessionDate.class, max).setParameter("code", platformCode).setParameter("from", from)
                .setParameter("to", to).getResultList();
    }

    @Override
    public Optional<Session> nextFrom(String platformCode, LocalDate from) {
        return BoundedQueries.create(entityManager, "SELECT s FROM Session s JOIN FETCH s.platform p "
                + "LEFT JOIN FETCH s.place.commune "
                + "WHERE p.code = :code AND s.date >= :from AND s.status <> :cancelled "
                + "ORDER BY s.date, s.startTime", Session.class, 1)
                .setParameter("code", platformCode).setParameter("from", from)
                .setParameter("cancelled", SessionStatus.CANCELLED).getResultStream().findFirst();
    }

    @Override
    public void store(Session session) {
        entityManager.persist(session);
    }

    @Override
    public void remove(Session session) {
        entityManager.remove(entityManager.contains(session) ? session : entityManager.merge(session));
    }

    @Override
    public Optional<YearCalendar> findYear(String platformCode, int year) {
        return entityManager.createQuery("SELECT y FROM YearCalendar y JOIN FETCH y.platform p "
                + "WHERE p.code = :code AND y.year = :year", YearCalendar.class)
                .setParameter("code", platformCode).setParameter("year", year).getResultStream().findFirst();
    }

    @Override
    public void store(YearCalendar calendar) {
        entityManager.persist(calendar);
    }
}
