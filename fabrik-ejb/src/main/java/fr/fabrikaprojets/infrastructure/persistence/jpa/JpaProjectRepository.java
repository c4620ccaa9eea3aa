package fr.fabrikaprojets.infrastructure.persistence.jpa;

import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.project.ProjectFilter;
import fr.fabrikaprojets.domain.model.project.ProjectHolder;
import fr.fabrikaprojets.domain.model.project.ProjectRepository;
import fr.fabrikaprojets.domain.model.project.TimelineEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class JpaProjectRepository implements ProjectRepository {

    @PersistenceContext(unitName = "fabrik")
    private EntityManager entityManager;

    @Override
    public Optional<Project> find(long id) {
        return entityManager.createQuery("SELECT p FROM Project p JOIN FETCH p.holder JOIN FETCH p.commune "
                + "JOIN FETCH p.platform WHERE p.id = :id", Project.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public void store(ProjectHolder holder) {
        entityManager.persist(holder);
    }

    @Override
    public void store(Project project) {
        entityManager.persist(project);
    }

    @Override
    public List<Project> matching(ProjectFilter filter, int first, int max) {
        return filtered("SELECT p FROM Project p JOIN FETCH p.holder JOIN FETCH p.commune JOIN p.platform pl",
                " ORDER BY p.receivedAt DESC, p.id DESC", filter, Project.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countMatching(ProjectFilter filter) {
        return filtered("SELECT COUNT(p) FROM Project p JOIN p.platform pl", "", filter, Long.class)
                .getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, String order, ProjectFilter filter, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" WHERE pl.code = :platform");
        if (filter.state() != null) {
            jpql.append(" AND p.state = :state");
        }
        if (filter.communeCode() != null) {
            jpql.append(" AND p.commune.inseeCode = :commune");
        }
        if (filter.field() != null) {
            jpql.append(" AND :field MEMBER OF p.fields");
        }
        TypedQuery<T> query = entityManager.createQuery(jpql.append(order).toString(), type)
                .setParameter("platform", filter.platformCode());
        if (filter.state() != null) {
            query.setParameter("state", filter.state());
        }
        if (filter.communeCode() != null) {
            query.setParameter("commune", filter.communeCode());
        }
        if (filter.field() != null) {
            query.setParameter("field", filter.field());
        }
        return query;
    }

    @Override
    public List<Project> similar(String platformCode, String communeCode, List<String> titleWords, String holderName,
            String email, String phone, int max) {
        List<String> conditions = new ArrayList<>();
        for (int i = 0; i < titleWords.size(); i++) {
            conditions.add("LOWER(p.title) LIKE :word" + i);
        }
        if (holderName != null) {
            conditions.add("LOWER(h.name) = :name");
        }
        if (email != null) {
            conditions.add("LOWER(h.email) = :email");
        }
        if (phone != null) {
            conditions.add("h.phone = :phone");
        }
        if (conditions.isEmpty()) {
            return List.of();
        }
        TypedQuery<Project> query = entityManager.createQuery("SELECT p FROM Project p JOIN FETCH p.holder h "
                + "JOIN FETCH p.commune c WHERE p.platform.code = :platform AND c.inseeCode = :commune AND ("
                + String.join(" OR ", conditions) + ") ORDER BY p.receivedAt DESC", Project.class)
                .setParameter("platform", platformCode).setParameter("commune", communeCode);
        for (int i = 0; i < titleWords.size(); i++) {
            query.setParameter("word" + i, "%" + titleWords.get(i).toLowerCase(Locale.FRENCH) + "%");
        }
        if (holderName != null) {
            query.setParameter("name", holderName.toLowerCase(Locale.FRENCH));
        }
        if (email != null) {
            query.setParameter("email", email.toLowerCase(Locale.ROOT));
        }
        if (phone != null) {
            query.setParameter("phone", phone);
        }
        return query.setMaxResults(max).getResultList();
    }

    @Override
    public long countSubmittedFrom(String address, Instant since) {
        return entityManager.createQuery("SELECT COUNT(p) FROM Project p WHERE p.submittedFrom = :address "
                + "AND p.receivedAt >= :since", Long.class)
                .setParameter("address", address).setParameter("since", since).getSingleResult();
    }

    @Override
    public void record(TimelineEvent event) {
        entityManager.persist(event);
    }

    @Override
    public List<TimelineEvent> timeline(long projectId, int first, int max) {
        return entityManager.createQuery("SELECT e FROM TimelineEvent e WHERE e.project.id = :id "
                + "ORDER BY e.occurredAt DESC, e.id DESC", TimelineEvent.class)
                .setParameter("id", projectId).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countTimeline(long projectId) {
        return entityManager.createQuery("SELECT COUNT(e) FROM TimelineEvent e WHERE e.project.id = :id", Long.class)
                .setParameter("id", projectId).getSingleResult();
    }
}
