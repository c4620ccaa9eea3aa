package fr.fabrikaprojets.infrastructure.persistence.jpa;

import fr.fabrikaprojets.domain.model.capitalisation.ExperienceSheet;
import fr.fabrikaprojets.domain.model.capitalisation.ExperienceSheetRepository;
import fr.fabrikaprojets.domain.model.capitalisation.LibraryFilter;
import fr.fabrikaprojets.domain.model.capitalisation.Publication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaExperienceSheetRepository implements ExperienceSheetRepository {

    private static final String SHEETS = "SELECT s FROM ExperienceSheet s JOIN s.project p ";
    private static final List<Publication> PUBLISHED = List.of(Publication.NAMED, Publication.ANONYMOUS,
            Publication.PUBLIC_NAMED, Publication.PUBLIC_ANONYMOUS);
    private static final List<Publication> PUBLIC = List.of(Publication.PUBLIC_NAMED, Publication.PUBLIC_ANONYMOUS);

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
    public List<ExperienceSheet> published(LibraryFilter filter, int first, int max) {
        return page(library(SHEETS, filter, " ORDER BY s.closedAt DESC, s.id DESC", ExperienceSheet.class))
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public List<ExperienceSheet> publishedClosedIn(LibraryFilter filter, Instant from, Instant to, int max) {
        return page(library(SHEETS, filter, " AND s.closedAt >= :from AND s.closedAt < :to ORDER BY s.closedAt, s.id",
                ExperienceSheet.class)).setParameter("from", from).setParameter("to", to).setMaxResults(max)
                .getResultList();
    }

    @Override
    public long countPublished(LibraryFilter filter) {
        return library("SELECT COUNT(s) FROM ExperienceSheet s JOIN s.project p ", filter, "", Long.class)
                .getSingleResult();
    }

    /** A sheet with what its page shows of its project: holder, commune and platform joined (its fields, later). */
    private static <T> TypedQuery<T> whole(TypedQuery<T> query) {
        return FetchPlans.joined(query, "s.project", "s.project.holder", "s.project.commune", "s.project.platform");
    }

    /**
     * A page of sheets with what the library shows of their projects, fields included: each read for the whole page
     * at once (8 statements for a page of the library, against 14 for 10 sheets with the references joined and the
     * fields read sheet by sheet: EclipseLink does not batch a collection under a joined reference).
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
