package fr.fabrikaprojets.infrastructure.persistence.jpa;

import fr.fabrikaprojets.application.ProjectPartCounter;
import fr.fabrikaprojets.application.ProjectPartCounts;
import fr.fabrikaprojets.domain.model.advice.AdviceStatus;
import fr.fabrikaprojets.domain.model.advice.Visibility;
import fr.fabrikaprojets.domain.model.presentation.MinutesStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The six counts of a project's page in one native statement that Derby and PostgreSQL both run ({@code VALUES} of
 * scalar subqueries, each along its table's project index). Outside the platform's team, the conditions are those
 * of the domain's reading rules ({@code Presentation.isMinutesShared}, {@code Advice.isReadableOutsideTeamBy},
 * {@code Orientation.isReceivedBy}), which the page's lists apply to the rows they read: AccompanimentIT checks that
 * both agree.
 */
@ApplicationScoped
public class JpaProjectPartCounter implements ProjectPartCounter {

    private static final String TEAM = counts("", "", "");
    private static final String OUTSIDE_TEAM = counts(
            " AND minutes_status = '" + MinutesStatus.VALIDATED.name() + "'",
            " AND ((status = '" + AdviceStatus.GIVEN.name() + "' AND visibility = '" + Visibility.SHARED.name()
                    + "') OR organisation_id = ?2)",
            " AND organisation_id = ?2");
    /** No organisation has this id: a reader of no organisation is asked nothing, nor oriented to. */
    private static final long NO_ORGANISATION = -1;

    @PersistenceContext(unitName = "fabrik")
    private EntityManager entityManager;

    private static String counts(String presentations, String advice, String orientations) {
        return "VALUES ((SELECT COUNT(*) FROM presentations WHERE project_id = ?1" + presentations + "), "
                + "(SELECT COUNT(*) FROM advice WHERE project_id = ?1" + advice + "), "
                + "(SELECT COUNT(*) FROM orientations WHERE project_id = ?1" + orientations + "), "
                + "(SELECT COUNT(*) FROM project_actions WHERE project_id = ?1), "
                + "(SELECT COUNT(*) FROM project_documents WHERE project_id = ?1), "
                + "(SELECT COUNT(*) FROM bookings WHERE project_id = ?1))";
    }

    @Override
    public ProjectPartCounts count(long projectId, boolean team, Long organisationId) {
        var query = entityManager.createNativeQuery(team ? TEAM : OUTSIDE_TEAM).setParameter(1, projectId);
        if (!team) {
            query.setParameter(2, organisationId == null ? NO_ORGANISATION : organisationId);
        }
        Object[] row = (Object[]) query.getSingleResult();
        return new ProjectPartCounts(count(row[0]), count(row[1]), count(row[2]), count(row[3]), count(row[4]),
                count(row[5]));
    }

    private static int count(Object column) {
        return ((Number) column).intValue();
    }
}
