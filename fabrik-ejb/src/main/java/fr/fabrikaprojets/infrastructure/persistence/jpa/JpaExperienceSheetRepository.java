package fr.fabrikaprojets.infrastructure.persistence.jpa;

import fr.fabrikaprojets.domain.model.capitalisation.ExperienceSheet;
import fr.fabrikaprojets.domain.model.capitalisation.ExperienceSheetRepository;
import fr.fabrikaprojets.domain.model.capitalisation.LibraryFilter;
import fr.fabrikaprojets.domain.model.capitalisation.Publication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

@ApplicationScoped
public class JpaExperienceSheetRepository implements ExperienceSheetRepository {

    private static final String SHEETS = "SELECT s FROM ExperienceSheet s JOIN s.project p ";
    private static final List<Publication> PUBLISHED = List.of(Publication.NAMED, Publication.ANONYMOUS,
            Publication.PUBLIC_NAMED, Publication.PUBLIC_ANONYMOUS);
    private static final List<Publication> PUBLIC = List.of(Publication.PUBLIC_NAMED, Publication.PUBLIC_ANONYMOUS);
    /** The position of the first publication's parameter in the library's native SQL. */
    private static final int FIRST_PUBLICATION = 4;

    @PersistenceContext(unitName = "fabrik")
    private EntityManager entityManager;

    @Override
    public void store(ExperienceSheet sheet) {
        entityManager.persist(sheet);
    }

    @Override
    public Optional<ExperienceSheet> find(long id) {
        return whole(entityManager.createQuery(SHEETS + "WHERE s.id = :id", ExperienceSheet.class))
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<ExperienceSheet> ofProject(long projectId) {
        return whole(entityManager.createQuery(SHEETS + "WHERE p.id = :id", ExperienceSheet.class))
                .setParameter("id", projectId).getResultStream().findFirst();
    }

    @Override
    public Optional<ExperienceSheet> findByHolderToken(String tokenHash) {
        return whole(entityManager.createQuery(SHEETS + "WHERE s.holderTokenHash = :hash", ExperienceSheet.class))
                .setParameter("hash", tokenHash).getResultStream().findFirst();
    }

    @Override
    public List<Long> publishedIds(LibraryFilter filter, int first, int max) {
        Query ids = libraryIds("SELECT s.id", filter, " ORDER BY s.closed_at DESC, s.id DESC OFFSET " + first
                + " ROWS FETCH NEXT " + max + " ROWS ONLY");
        return ((List<?>) ids.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
    }

    @Override
    public long countPublished(LibraryFilter filter, long cap) {
        return ((Number) libraryIds("SELECT COUNT(*) FROM (SELECT s.id", filter,
                " FETCH FIRST " + cap + " ROWS ONLY) counted").getSingleResult()).longValue();
    }

    @Override
    public List<ExperienceSheet> withIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ExperienceSheet> byId = new HashMap<>();
        page(entityManager.createQuery("SELECT s FROM ExperienceSheet s WHERE s.id IN :ids", ExperienceSheet.class))
                .setParameter("ids", ids).getResultList().forEach(sheet -> byId.put(sheet.getId(), sheet));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /**
     * Native SQL told its join order (PostgreSQL reads Derby's instructions as comments). Without a commune, it reads
     * along the sheets' most-recent-first index (V24), probing each sheet's project, and a page stops after its rows;
     * for a commune, it starts from that commune's projects, whose sheets are then sorted. Left to itself, Derby joined
     * every published sheet to its project and sorted them all: at 37,500 sheets, 0.4 s for a page and as much for its
     * count, against 2 ms for the first 101 and 14 to 21 ms filtered by commune or theme (BENCHMARKS.md, run 45).
     */
    private Query libraryIds(String select, LibraryFilter filter, String end) {
        List<Publication> published = filter.publicOnly() ? PUBLIC : PUBLISHED;
        StringBuilder sql = new StringBuilder(select).append(" FROM --DERBY-PROPERTIES joinOrder=FIXED\n");
        if (filter.commune() == null) {
            sql.append("experience_sheets s --DERBY-PROPERTIES index=experience_sheets_recent_ix\n"
                    + ", projects p --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n");
        } else {
            sql.append("projects p, experience_sheets s --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n");
        }
        sql.append(" WHERE p.id = s.project_id AND p.platform_id = (SELECT pl.id FROM platforms pl WHERE pl.code = ?1)")
                .append(IntStream.range(0, published.size()).mapToObj(i -> "?" + (FIRST_PUBLICATION + i))
                        .collect(Collectors.joining(", ", " AND s.publication IN (", ")")));
        if (filter.commune() != null) {
            sql.append(" AND p.commune_code = ?2");
        }
        if (filter.theme() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM project_fields f WHERE f.project_id = s.project_id "
                    + "AND f.field = ?3)");
        }
        Query query = entityManager.createNativeQuery(sql.append(end).toString())
                .setParameter(1, filter.platformCode());
        for (int i = 0; i < published.size(); i++) {
            query.setParameter(FIRST_PUBLICATION + i, published.get(i).name());
        }
        if (filter.commune() != null) {
            query.setParameter(2, filter.commune());
        }
        if (filter.theme() != null) {
            query.setParameter(3, filter.theme().name());
        }
        return query;
    }

    @Override
    public List<ExperienceSheet> publishedClosedIn(LibraryFilter filter, Instant from, Instant to, int max) {
        return page(library(SHEETS, filter, " AND s.closedAt >= :from AND s.closedAt < :to ORDER BY s.closedAt, s.id",
                ExperienceSheet.class)).setParameter("from", from).setParameter("to", to).setMaxResults(max)
                .getResultList();
    }

    /** A sheet with what its page shows of its project: holder, commune and platform joined (its fields, later). */
    private static <T> TypedQuery<T> whole(TypedQuery<T> query) {
        return FetchPlans.joined(query, "s.project", "s.project.holder", "s.project.commune", "s.project.platform");
    }

    /**
     * Sheets with what the library shows of their projects, fields included: each read for all the sheets at once
     * (a page of 10 sheets in 5 statements, against 11 with the references joined and the fields read sheet by sheet:
     * EclipseLink does not batch a collection under a joined reference).
     */
    private static <T> TypedQuery<T> page(TypedQuery<T> query) {
        return FetchPlans.batched(query, "s.project", "s.project.holder", "s.project.commune", "s.project.platform",
                "s.project.fields");
    }

    /** The theme narrows by a join on the project's (project, field) key, as the directory does for its themes. */
    private <T> TypedQuery<T> library(String select, LibraryFilter filter, String order, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select);
        if (filter.theme() != null) {
            jpql.append("JOIN p.fields f ");
        }
        jpql.append("WHERE p.platform.code = :code AND s.publication IN :published");
        if (filter.theme() != null) {
            jpql.append(" AND f = :theme");
        }
        if (filter.commune() != null) {
            jpql.append(" AND p.commune.inseeCode = :commune");
        }
        TypedQuery<T> query = entityManager.createQuery(jpql + order, type)
                .setParameter("code", filter.platformCode()).setParameter("published",
                filter.publicOnly() ? PUBLIC : PUBLISHED);
        if (filter.theme() != null) {
            query.setParameter("theme", filter.theme());
        }
        if (filter.commune() != null) {
            query.setParameter("commune", filter.commune());
        }
        return query;
    }

    @Override
    public List<ExperienceSheet> undecided(String platformCode, int first, int max) {
        return whole(BoundedQueries.create(entityManager, SHEETS + "WHERE p.platform.code = :code "
                + "AND s.publication IS NULL ORDER BY s.closedAt, s.id", ExperienceSheet.class, first, max))
                .setParameter("code", platformCode).getResultList();
    }

    @Override
    public long countUndecided(String platformCode) {
        return entityManager.createQuery("SELECT COUNT(s) FROM ExperienceSheet s WHERE s.project.platform.code = :code "
                + "AND s.publication IS NULL", Long.class).setParameter("code", platformCode).getSingleResult();
    }

    @Override
    public List<ExperienceSheet> ofProjects(Collection<Long> projectIds) {
        return projectIds.isEmpty() ? List.of() : entityManager.createQuery("SELECT s FROM ExperienceSheet s "
                + "WHERE s.project.id IN :projects", ExperienceSheet.class).setParameter("projects", projectIds)
                .getResultList();
    }
}
