package fr.fabrikaprojets.application.statistics;

import fr.fabrikaprojets.domain.model.orientation.OrientationState;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.project.Milestone;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Counts in the database what the statistics show, each in one bounded statement along an index, whatever the
 * number of projects. The filter's commune and field apply to projects and orientations; its year is ignored in
 * favour of the periods given.
 */
public interface ActivityFigures {

    /**
     * How many projects reached each of {@code milestones} in each period [bounds[i], bounds[i + 1]); bounds are
     * increasing. Not {@link Milestone#ORIENTED}: the orientations of a period are counted by {@link #oriented}.
     */
    Map<Milestone, long[]> reached(List<Milestone> milestones, List<Instant> bounds, StatisticsFilter filter);

    /** Projects received in [from, to), by each of their fields. */
    Map<Field, Long> receivedByField(Instant from, Instant to, StatisticsFilter filter);

    /** Projects that reached each of {@code milestones} in [from, to), by commune (INSEE code). */
    Map<Milestone, Map<String, Long>> reachedByCommune(List<Milestone> milestones, Instant from, Instant to,
            StatisticsFilter filter);

    /** The sessions of the filter's year, in its commune if it has one, in date order; at most {@code max}. */
    List<SessionAttendance> sessions(StatisticsFilter filter, int max);

    /** The projects oriented in [from, to), in all, by outcome and by partner. */
    OrientedProjects oriented(Instant from, Instant to, StatisticsFilter filter);

    /**
     * For each of {@code milestones} (presented, realised), the average number of days from intake to it of the
     * projects that reached it in [from, to), and how many they are.
     */
    Map<Milestone, Delay> delaysTo(List<Milestone> milestones, Instant from, Instant to, StatisticsFilter filter);

    /** The first year a project was received on the platform, or null when there is none. */
    Integer firstYear(String platformCode);
}
