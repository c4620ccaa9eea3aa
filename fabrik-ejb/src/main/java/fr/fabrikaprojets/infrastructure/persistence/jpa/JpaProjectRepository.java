package fr.fabrikaprojets.infrastructure.persistence.jpa;

import fr.fabrikaprojets.domain.model.project.Action;
import fr.fabrikaprojets.domain.model.project.MilestoneFilter;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.project.ProjectChanged;
import fr.fabrikaprojets.domain.model.project.ProjectFilter;
import fr.fabrikaprojets.domain.model.project.ProjectHolder;
import fr.fabrikaprojets.domain.model.project.ProjectRepository;
import fr.fabrikaprojets.domain.model.project.ProjectState;
import fr.fabrikaprojets.domain.model.project.TimelineEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

@ApplicationScoped
public class JpaProjectRepository implements ProjectRepository {

    private static final List<ProjectState> OPEN_STATES = Arrays.stream(ProjectState.values())
            .filter(state -> !state.isClosed()).toList();

    @PersistenceContext(unitName = "fabrik")
    private EntityManager entityManager;

    @Inject
    private Event<ProjectChanged> changes;

    @Inject
    private PlatformIds platformIds;

    @Override
    public Optional<Project> find(long id) {
        return entityManager.createQuery("SELECT p FROM Project p JOIN FETCH p.holder JOIN FETCH p.commune "
                + "JOIN FETCH p.platform WHERE p.id = :id", Project.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /**
     * Without {@code DISTINCT}: its rows are the one project's, one per pair of field and need, which EclipseLink
     * folds into one project (ProjectServiceIT); {@code DISTINCT} made Derby sort them over every column, texts
     * included, which doubled the statement's time (BENCHMARKS.md, run 40).
     */
    @Override
    public Optional<Project> findWhole(long id) {
        return entityManager.createQuery("SELECT p FROM Project p JOIN FETCH p.holder JOIN FETCH p.commune "
                + "JOIN FETCH p.platform LEFT JOIN FETCH p.fields LEFT JOIN FETCH p.needs WHERE p.id = :id",
                Project.class).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public void store(ProjectHolder holder) {
        entityManager.persist(holder);
    }

    @Override
    public void store(Project project) {
        entityManager.persist(project);
    }

    /** The page's numbers first (the list's indexes), then its projects in one statement with what they show. */
    @Override
    public List<Project> matchingWithFieldsAndNeeds(ProjectFilter filter, int first, int max) {
        return withIds(matchingIds(filter, first, max), "LEFT JOIN FETCH p.fields LEFT JOIN FETCH p.needs ");
    }

    /**
     * Read along an index in most-recent-first order (V3, V4, V21), whatever the number of projects; the rows come
     * after, by id, with their holder and commune. Sorting the joined rows of every project to keep twenty took
     * seconds at 100,000 projects (see BENCHMARKS.md). Native SQL so that the field filter is an EXISTS probe per
     * candidate row rather than a join the database starts from.
     */
    @Override
    public List<Long> matchingIds(ProjectFilter filter, int first, int max) {
        String order = orderedBy(filter);
        Query page = filteredIds("SELECT p.id FROM projects p", filter,
                (filter.oldestFirst() ? " ORDER BY " + order + ", p.id" : " ORDER BY " + order + " DESC, p.id DESC")
                        + " OFFSET " + first + " ROWS FETCH NEXT " + max + " ROWS ONLY");
        return ((List<?>) page.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
    }

    @Override
    public List<Project> withIds(List<Long> ids) {
        return withIds(ids, "");
    }

    private List<Project> withIds(List<Long> ids, String alsoFetch) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Project> byId = new HashMap<>();
        entityManager.createQuery((alsoFetch.isEmpty() ? "SELECT p" : "SELECT DISTINCT p")
                + " FROM Project p JOIN FETCH p.holder JOIN FETCH p.commune " + alsoFetch + "WHERE p.id IN :ids",
                Project.class).setParameter("ids", ids).getResultList()
                .forEach(project -> byId.put(project.getId(), project));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** Counts up to {@code cap} matching projects only, in one statement, so that counting stays cheap. */
    @Override
    public long countMatching(ProjectFilter filter, long cap) {
        Query count = filteredIds("SELECT COUNT(*) FROM (SELECT p.id FROM projects p", filter,
                " FETCH FIRST " + cap + " ROWS ONLY) counted");
        return ((Number) count.getSingleResult()).longValue();
    }

    /** The platform is matched on the projects' own column, so that the database can walk the list's indexes. */
    private Query filteredIds(String select, ProjectFilter filter, String end) {
        StringBuilder sql = new StringBuilder(select).append(" WHERE p.platform_id = ?1");
        if (filter.state() != null) {
            sql.append(" AND p.state = ?2");
        }
        if (filter.communeCode() != null) {
            sql.append(" AND p.commune_code = ?3");
        }
        if (filter.field() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM project_fields f WHERE f.project_id = p.id AND f.field = ?4)");
        }
        if (filter.sessionId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM presentations s WHERE s.project_id = p.id AND s.session_id = ?5)");
        }
        if (filter.organisationId() != null) {
            sql.append(" AND (EXISTS (SELECT 1 FROM advice a WHERE a.project_id = p.id AND a.organisation_id = ?6"
                    + " AND a.status <> 'REVOKED')"
                    + " OR EXISTS (SELECT 1 FROM orientations o WHERE o.project_id = p.id AND o.organisation_id = ?6))");
        }
        MilestoneFilter reached = filter.reached();
        if (reached != null) {
            sql.append(milestoneCondition(reached));
        }
        Query query = entityManager.createNativeQuery(sql.append(end).toString())
                .setParameter(1, platformIds.of(filter.platformCode()));
        if (filter.state() != null) {
            query.setParameter(2, filter.state().name());
        }
        if (filter.communeCode() != null) {
            query.setParameter(3, filter.communeCode());
        }
        if (filter.field() != null) {
            query.setParameter(4, filter.field().name());
        }
        if (filter.sessionId() != null) {
            query.setParameter(5, filter.sessionId());
        }
        if (filter.organisationId() != null) {
            query.setParameter(6, filter.organisationId());
        }
        if (reached != null) {
            query.setParameter(7, Timestamp.from(reached.from())).setParameter(8, Timestamp.from(reached.to()));
            if (reached.partnerId() != null) {
                query.setParameter(9, reached.partnerId());
            }
            if (reached.outcome() != null) {
                query.setParameter(10, reached.outcome().name());
            }
        }
        return query;
    }

    /**
     * The projects behind a figure are listed by the date they reached its milestone: the database reads the period's
     * rows along that milestone's index (V14) and sorts only them. Listed by reception, it walked the platform's
     * projects in reception order until it had found a page of the period's (BENCHMARKS.md, runs 9 and 10).
     */
    private static String orderedBy(ProjectFilter filter) {
        MilestoneFilter reached = filter.reached();
        if (reached == null) {
            return "p.received_at";
        }
        return switch (reached.milestone()) {
            case PRESENTED -> "p.presented_at";
            case ACCOMPANIED -> "p.accompanied_at";
            case REALISED -> "p.closed_at";
            case RECEIVED, ORIENTED -> "p.received_at";
        };
    }

    /** Each milestone has its dated column (V14) and its index; orientations are dated by their proposal. */
    private static String milestoneCondition(MilestoneFilter reached) {
        return switch (reached.milestone()) {
            case RECEIVED -> " AND p.received_at >= ?7 AND p.received_at < ?8";
            case PRESENTED -> " AND p.presented_at >= ?7 AND p.presented_at < ?8";
            case ACCOMPANIED -> " AND p.accompanied_at >= ?7 AND p.accompanied_at < ?8";
            case REALISED -> " AND p.state = 'REALISED' AND p.closed_at >= ?7 AND p.closed_at < ?8";
            case ORIENTED -> " AND EXISTS (SELECT 1 FROM orientations o WHERE o.project_id = p.id"
                    + " AND o.proposed_at >= ?7 AND o.proposed_at < ?8"
                    + (reached.partnerId() == null ? "" : " AND o.organisation_id = ?9")
                    + (reached.outcome() == null ? "" : " AND o.state = ?10") + ")";
        };
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
        touch(event.getProject().getId(), event.getOccurredAt());
        changes.fire(new ProjectChanged(event.getProject().getId()));
    }

    @Override
    public List<Project> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : entityManager.createQuery("SELECT p FROM Project p JOIN FETCH p.holder "
                + "JOIN FETCH p.commune JOIN FETCH p.platform WHERE p.id IN :ids", Project.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public long countAll() {
        return entityManager.createQuery("SELECT COUNT(p) FROM Project p", Long.class).getSingleResult();
    }

    @Override
    public List<Long> idsChangedSince(Instant since, int max) {
        return BoundedQueries.create(entityManager,
                "SELECT p.id FROM Project p JOIN p.holder h WHERE p.lastActivityAt >= :since"
                + " OR h.anonymisedAt >= :since ORDER BY p.id", Long.class, max)
                .setParameter("since", since).getResultList();
    }

    @Override
    public List<Long> idsAfter(long afterId, int max) {
        return BoundedQueries.create(entityManager, "SELECT p.id FROM Project p WHERE p.id > :after ORDER BY p.id",
                Long.class, max)
                .setParameter("after", afterId).getResultList();
    }

    /**
     * The project's last activity follows its timeline, written without its version so that a partner's advice does
     * not make the coordinator's open page stale.
     */
    private void touch(long projectId, Instant at) {
        entityManager.createQuery("UPDATE Project p SET p.lastActivityAt = :at WHERE p.id = :id "
                + "AND p.lastActivityAt < :at").setParameter("at", at).setParameter("id", projectId).executeUpdate();
    }

    @Override
    public void store(Action action) {
        entityManager.persist(action);
    }

    @Override
    public Optional<Action> findAction(long id) {
        return entityManager.createQuery("SELECT a FROM Action a JOIN FETCH a.project p JOIN FETCH p.platform "
                + "WHERE a.id = :id", Action.class).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<Action> actions(long projectId, int max) {
        return BoundedQueries.create(entityManager, "SELECT a FROM Action a WHERE a.project.id = :project "
                + "ORDER BY a.status DESC, a.dueDate, a.id", Action.class, max)
                .setParameter("project", projectId).getResultList();
    }

    @Override
    public List<Action> overdueActions(String platformCode, LocalDate today, int first, int max) {
        return BoundedQueries.create(entityManager, "SELECT a FROM Action a JOIN FETCH a.project "
                + "WHERE a.platform.id = :platform AND a.status = :open AND a.dueDate < :today "
                + "ORDER BY a.dueDate, a.id", Action.class, first, max)
                .setParameter("platform", platformIds.of(platformCode)).setParameter("open", Action.Status.OPEN)
                .setParameter("today", today).getResultList();
    }

    @Override
    public long countOverdueActions(String platformCode, LocalDate today) {
        return entityManager.createQuery("SELECT COUNT(a) FROM Action a WHERE a.platform.id = :platform "
                + "AND a.status = :open AND a.dueDate < :today", Long.class)
                .setParameter("platform", platformIds.of(platformCode)).setParameter("open", Action.Status.OPEN)
                .setParameter("today", today).getSingleResult();
    }

    @Override
    public List<Project> inactiveSince(String platformCode, Instant before, int first, int max) {
        return BoundedQueries.create(entityManager, "SELECT p FROM Project p JOIN FETCH p.holder JOIN FETCH p.commune "
                + "WHERE p.platform.id = :platform AND p.lastActivityAt < :before AND p.state IN :open "
                + "ORDER BY p.lastActivityAt, p.id", Project.class, first, max)
                .setParameter("platform", platformIds.of(platformCode)).setParameter("before", before)
                .setParameter("open", OPEN_STATES).getResultList();
    }

    @Override
    public long countInactiveSince(String platformCode, Instant before, long cap) {
        List<?> ids = entityManager.createQuery("SELECT p.id FROM Project p WHERE p.platform.id = :platform "
                + "AND p.lastActivityAt < :before AND p.state IN :open")
                .setParameter("platform", platformIds.of(platformCode)).setParameter("before", before)
                .setParameter("open", OPEN_STATES).setMaxResults((int) cap).getResultList();
        return ids.size();
    }

    @Override
    public List<TimelineEvent> timeline(long projectId, int first, int max) {
        return BoundedQueries.create(entityManager, "SELECT e FROM TimelineEvent e WHERE e.project.id = :id "
                + "ORDER BY e.occurredAt DESC, e.id DESC", TimelineEvent.class, first, max)
                .setParameter("id", projectId).getResultList();
    }

    @Override
    public long countTimeline(long projectId) {
        return entityManager.createQuery("SELECT COUNT(e) FROM TimelineEvent e WHERE e.project.id = :id", Long.class)
                .setParameter("id", projectId).getSingleResult();
    }

    @Override
    public List<Project> ofHolderContact(String email, String phone, int max) {
        if (email == null && phone == null) {
            return List.of();
        }
        String where = email != null && phone != null ? "h.email = :email OR h.phone = :phone"
                : email != null ? "h.email = :email" : "h.phone = :phone";
        TypedQuery<Project> query = entityManager.createQuery("SELECT p FROM Project p JOIN FETCH p.holder h "
                + "JOIN FETCH p.commune WHERE " + where + " ORDER BY p.receivedAt, p.id", Project.class);
        if (email != null) {
            query.setParameter("email", email);
        }
        if (phone != null) {
            query.setParameter("phone", phone);
        }
        return query.setMaxResults(max).getResultList();
    }

    @Override
    public List<Project> withHolderInactiveSince(Instant before, int first, int max) {
        return BoundedQueries.create(entityManager,
                "SELECT p FROM Project p JOIN FETCH p.holder h JOIN FETCH p.commune "
                + "WHERE h.anonymisedAt IS NULL AND p.lastActivityAt < :before ORDER BY p.lastActivityAt, p.id",
                Project.class, first, max).setParameter("before", before)
                .getResultList();
    }

    @Override
    public long countWithHolderInactiveSince(Instant before) {
        return entityManager.createQuery("SELECT COUNT(p) FROM Project p JOIN p.holder h "
                + "WHERE h.anonymisedAt IS NULL AND p.lastActivityAt < :before", Long.class)
                .setParameter("before", before).getSingleResult();
    }
}
