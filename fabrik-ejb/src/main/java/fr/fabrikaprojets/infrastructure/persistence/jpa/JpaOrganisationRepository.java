package fr.fabrikaprojets.infrastructure.persistence.jpa;

import fr.fabrikaprojets.domain.model.organisation.CoverageCount;
import fr.fabrikaprojets.domain.model.organisation.DirectoryFilter;
import fr.fabrikaprojets.domain.model.organisation.Offer;
import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.model.organisation.OrganisationRepository;
import fr.fabrikaprojets.domain.model.project.Field;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

    /** Rows of an IN list at a time, well under what every database accepts. */
    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "fabrik")
    private EntityManager entityManager;

    @Override
    public Optional<Organisation> findByShortName(String platformCode, String shortName) {
        return entityManager.createQuery("SELECT o FROM Organisation o "
                + "WHERE o.platform.code = :code AND o.shortName = :shortName", Organisation.class)
                .setParameter("code", platformCode).setParameter("shortName", shortName)
                .getResultStream().findFirst();
    }

    @Override
    public List<Organisation> signatories(String platformCode, int first, int max) {
        return BoundedQueries.create(entityManager, "SELECT o FROM Organisation o "
                + "WHERE o.platform.code = :code AND o.signatorySince IS NOT NULL ORDER BY o.shortName",
                Organisation.class, first, max)
                .setParameter("code", platformCode).getResultList();
    }

    @Override
    public void store(Organisation organisation) {
        entityManager.persist(organisation);
    }

    @Override
    public Optional<Organisation> find(long id) {
        return entityManager.createQuery("SELECT o FROM Organisation o JOIN FETCH o.platform WHERE o.id = :id",
                Organisation.class).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<Organisation> ofPlatform(String platformCode, int first, int max) {
        return BoundedQueries.create(entityManager, "SELECT o FROM Organisation o WHERE o.platform.code = :code "
                + "ORDER BY o.shortName", Organisation.class, first, max)
                .setParameter("code", platformCode).getResultList();
    }

    @Override
    public List<Long> matchingIds(DirectoryFilter filter, int first, int max) {
        List<?> ids = matching("SELECT o.id", filter, " ORDER BY o.short_name").setFirstResult(first)
                .setMaxResults(max).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    @Override
    public long countMatching(DirectoryFilter filter) {
        return ((Number) matching("SELECT COUNT(*)", filter, "").getSingleResult()).longValue();
    }

    /**
     * Left to itself, Derby reads every organisation of the platform and probes its communes and themes one by one;
     * told to start from the commune's (or theme's) index, it reads only the organisations that have it. With both,
     * the few that remain (33 of 611 in the benchmark's network) are then read by their key: left to itself, Derby
     * hashed every organisation of the network to find them (the query took 0.77 ms instead of 0.45 on its own).
     * From one index only, a hundred or more remain, and the hash is the faster of the two.
     * PostgreSQL reads Derby's instructions as comments.
     */
    private Query matching(String select, DirectoryFilter filter, String order) {
        StringBuilder sql = new StringBuilder(select).append(" FROM ");
        if (filter.commune() != null) {
            sql.append("--DERBY-PROPERTIES joinOrder=FIXED\norganisation_communes c "
                    + "--DERBY-PROPERTIES index=organisation_communes_commune_ix\n, ");
            if (filter.theme() != null) {
                sql.append("organisation_themes t, ");
            }
        } else if (filter.theme() != null) {
            sql.append("--DERBY-PROPERTIES joinOrder=FIXED\norganisation_themes t "
                    + "--DERBY-PROPERTIES index=organisation_themes_theme_ix\n, ");
        }
        sql.append("organisations o ");
        if (filter.commune() != null && filter.theme() != null) {
            sql.append("--DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n");
        }
        sql.append("WHERE o.platform_id = (SELECT p.id FROM platforms p WHERE p.code = ?1)");
        if (filter.commune() != null) {
            sql.append(" AND c.insee_code = ?2 AND c.organisation_id = o.id");
        }
        if (filter.theme() != null) {
            sql.append(" AND t.theme = ?3 AND t.organisation_id = o.id");
            if (filter.commune() != null) {
                sql.append(" AND t.organisation_id = c.organisation_id");
            }
        }
        if (filter.text() != null) {
            sql.append(" AND (LOWER(o.short_name) LIKE ?4 OR LOWER(o.full_name) LIKE ?4)");
        }
        if (filter.kind() != null) {
            sql.append(" AND o.kind = ?5");
        }
        Query query = entityManager.createNativeQuery(sql.append(order).toString())
                .setParameter(1, filter.platformCode());
        if (filter.commune() != null) {
            query.setParameter(2, filter.commune());
        }
        if (filter.theme() != null) {
            query.setParameter(3, filter.theme().name());
        }
        if (filter.text() != null) {
            query.setParameter(4, likePattern(filter.text()));
        }
        if (filter.kind() != null) {
            query.setParameter(5, filter.kind().name());
        }
        return query;
    }

    @Override
    public List<Organisation> withIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Organisation> found = new HashMap<>();
        withCollections(entityManager.createQuery("SELECT o FROM Organisation o WHERE o.id IN :ids",
                Organisation.class).setParameter("ids", ids)).getResultList()
                .forEach(organisation -> found.put(organisation.getId(), organisation));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** Words typed in the directory's search box, as a pattern that finds them anywhere in a name. */
    private static String likePattern(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "") + "%";
    }

    /** Themes, offers and communes of a whole page in one query each, not one per row. */
    private static TypedQuery<Organisation> withCollections(TypedQuery<Organisation> query) {
        return FetchPlans.batched(query, "o.themes", "o.offers", "o.communes");
    }

    @Override
    public List<Organisation> after(String platformCode, String lastShortName, int max) {
        return withCollections(entityManager.createQuery("SELECT o FROM Organisation o WHERE o.platform.code = :code "
                + "AND o.shortName > :last ORDER BY o.shortName", Organisation.class))
                .setParameter("code", platformCode).setParameter("last", lastShortName == null ? "" : lastShortName)
                .setMaxResults(max).getResultList();
    }

    @Override
    public List<Organisation> notConfirmedSince(String platformCode, Instant before, int first, int max) {
        return BoundedQueries.create(entityManager, "SELECT o FROM Organisation o WHERE o.platform.code = :code "
                + "AND (o.confirmedAt IS NULL OR o.confirmedAt < :before) "
                + "ORDER BY CASE WHEN o.confirmedAt IS NULL THEN 0 ELSE 1 END, o.confirmedAt, o.shortName",
                Organisation.class, first, max).setParameter("code", platformCode).setParameter("before", before)
                        .getResultList();
    }

    /**
     * Accounts are not filtered on being enabled: with an ORDER BY CASE, EclipseLink inlines the parameters and writes
     * booleans as 1 or 0, which Derby refuses for a BOOLEAN column.
     */
    @Override
    public List<Organisation> toRemind(String platformCode, Instant before, Instant remindedBefore, int max) {
        return BoundedQueries.create(entityManager, "SELECT o FROM Organisation o WHERE o.platform.code = :code "
                + "AND (o.confirmedAt IS NULL OR o.confirmedAt < :before) "
                + "AND (o.remindedAt IS NULL OR o.remindedAt < :remindedBefore) "
                + "AND EXISTS (SELECT a FROM UserAccount a WHERE a.organisation = o) "
                + "ORDER BY CASE WHEN o.confirmedAt IS NULL THEN 0 ELSE 1 END, o.confirmedAt, o.shortName",
                Organisation.class, max).setParameter("code", platformCode).setParameter("before", before)
                .setParameter("remindedBefore", remindedBefore).getResultList();
    }

    @Override
    public long countNotConfirmedSince(String platformCode, Instant before) {
        return entityManager.createQuery("SELECT COUNT(o) FROM Organisation o WHERE o.platform.code = :code "
                + "AND (o.confirmedAt IS NULL OR o.confirmedAt < :before)", Long.class)
                .setParameter("code", platformCode).setParameter("before", before).getSingleResult();
    }

    @Override
    public Set<String> shortNames(String platformCode, int max) {
        return new java.util.HashSet<>(BoundedQueries.create(entityManager, "SELECT o.shortName FROM Organisation o "
                + "WHERE o.platform.code = :code", String.class, max).setParameter("code", platformCode)
                .getResultList());
    }

    @Override
    public Map<String, Organisation> byShortNames(String platformCode, Collection<String> shortNames) {
        Map<String, Organisation> found = new HashMap<>();
        List<String> names = new ArrayList<>(shortNames);
        for (int start = 0; start < names.size(); start += CHUNK) {
            withCollections(entityManager.createQuery("SELECT o FROM Organisation o WHERE o.platform.code = :code "
                    + "AND o.shortName IN :names", Organisation.class))
                    .setParameter("code", platformCode)
                    .setParameter("names", names.subList(start, Math.min(names.size(), start + CHUNK)))
                    .getResultList().forEach(organisation -> found.put(organisation.getShortName(), organisation));
        }
        return found;
    }

    @Override
    public List<CoverageCount> coverage(String platformCode) {
        return BoundedQueries.create(entityManager,
                "SELECT c, t, COUNT(DISTINCT o.id) FROM Organisation o JOIN o.communes c "
                + "JOIN o.themes t WHERE o.platform.code = :code GROUP BY c, t", Object[].class, 10_000)
                .setParameter("code", platformCode).getResultList().stream()
                .map(row -> new CoverageCount((String) row[0], (Field) row[1], ((Number) row[2]).longValue()))
                .toList();
    }

    @Override
    public List<Organisation> candidates(String platformCode, Set<Field> themes, Set<Offer> offers,
            String inseeCode, int max) {
        List<String> helps = new ArrayList<>();
        if (!themes.isEmpty()) {
            helps.add("EXISTS (SELECT t FROM Organisation o2 JOIN o2.themes t WHERE o2 = o AND ("
                    + anyOf("t", "theme", themes.size()) + "))");
        }
        if (!offers.isEmpty()) {
            helps.add("EXISTS (SELECT f FROM Organisation o4 JOIN o4.offers f WHERE o4 = o AND ("
                    + anyOf("f", "offer", offers.size()) + "))");
        }
        if (helps.isEmpty()) {
            return List.of();
        }
        TypedQuery<Organisation> query = withCollections(entityManager.createQuery("SELECT o FROM Organisation o "
                + "WHERE o.platform.code = :code AND EXISTS (SELECT c FROM Organisation o3 JOIN o3.communes c "
                + "WHERE o3 = o AND c = :commune) AND (" + String.join(" OR ", helps) + ") "
                + "ORDER BY o.shortName", Organisation.class))
                .setParameter("code", platformCode).setParameter("commune", inseeCode == null ? "" : inseeCode);
        bindAll(query, "theme", List.copyOf(themes));
        bindAll(query, "offer", List.copyOf(offers));
        return query.setMaxResults(max).getResultList();
    }

    /**
     * "x = :p0 OR x = :p1 …" rather than "x IN :list": EclipseLink stops binding parameters for a query with a list
     * parameter and then writes booleans as 1 and 0, which Derby refuses for a BOOLEAN column.
     */
    static String anyOf(String path, String parameter, int count) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            terms.add(path + " = :" + parameter + i);
        }
        return String.join(" OR ", terms);
    }

    static void bindAll(TypedQuery<?> query, String parameter, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(parameter + i, values.get(i));
        }
    }
}
