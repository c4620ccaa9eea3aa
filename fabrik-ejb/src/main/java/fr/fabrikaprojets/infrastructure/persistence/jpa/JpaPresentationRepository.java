package fr.fabrikaprojets.infrastructure.persistence.jpa;

import java.util.Collection;
import fr.fabrikaprojets.domain.model.presentation.Agenda;
import fr.fabrikaprojets.domain.model.presentation.Presentation;
import fr.fabrikaprojets.domain.model.presentation.PresentationRepository;
import fr.fabrikaprojets.domain.model.session.Session;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPresentationRepository implements PresentationRepository {

    /** More than a morning can hold at five minutes each: the bound of an agenda query. */
    private static final int MAX_AGENDA = 60;

    @PersistenceContext(unitName = "fabrik")
    private EntityManager entityManager;

    @Override
    public Optional<Presentation> find(long id) {
        return entityManager.createQuery("SELECT pr FROM Presentation pr JOIN FETCH pr.session s "
                + "JOIN FETCH s.platform JOIN FETCH pr.project p JOIN FETCH p.holder WHERE pr.id = :id",
                Presentation.class).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<Presentation> findByHolderToken(String tokenHash) {
        return entityManager.createQuery("SELECT pr FROM Presentation pr JOIN FETCH pr.session s "
                + "JOIN FETCH pr.project p JOIN FETCH p.holder WHERE pr.holderTokenHash = :hash",
                Presentation.class).setParameter("hash", tokenHash).getResultStream().findFirst();
    }

    @Override
    public void store(Presentation presentation) {
        entityManager.persist(presentation);
    }

    @Override
    public void remove(Presentation presentation) {
        entityManager.remove(presentation);
    }

    @Override
    public Agenda lockedAgenda(long sessionId) {
        Session session = entityManager.find(Session.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        return agendaOf(session, sessionId);
    }

    @Override
    public Agenda agenda(long sessionId) {
        return agendaOf(entityManager.find(Session.class, sessionId), sessionId);
    }

    private Agenda agendaOf(Session session, long sessionId) {
        if (session == null) {
            throw BusinessException.notFound("La réunion n° " + sessionId + " n’existe pas.");
        }
        return new Agenda(session, FetchPlans.joined(BoundedQueries.create(entityManager,
                "SELECT pr FROM Presentation pr WHERE pr.session.id = :session ORDER BY pr.position",
                Presentation.class, MAX_AGENDA),
                "pr.project", "pr.project.holder").setParameter("session", sessionId).getResultList());
    }

    @Override
    public List<Presentation> ofProject(long projectId, int max) {
        return BoundedQueries.create(entityManager, "SELECT pr FROM Presentation pr JOIN FETCH pr.session s "
                + "WHERE pr.project.id = :project ORDER BY s.date DESC", Presentation.class, max)
                .setParameter("project", projectId).getResultList();
    }

    @Override
    public List<Presentation> ofProjects(Collection<Long> projectIds) {
        return projectIds.isEmpty() ? List.of() : entityManager.createQuery("SELECT pr FROM Presentation pr "
                + "JOIN FETCH pr.session WHERE pr.project.id IN :projects", Presentation.class)
                .setParameter("projects", projectIds).getResultList();
    }
}
