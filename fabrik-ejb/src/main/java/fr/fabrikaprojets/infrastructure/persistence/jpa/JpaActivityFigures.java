package fr.fabrikaprojets.infrastructure.persistence.jpa;

import fr.fabrikaprojets.application.statistics.ActivityFigures;
import fr.fabrikaprojets.application.statistics.Delay;
import fr.fabrikaprojets.application.statistics.OrientedProjects;
import fr.fabrikaprojets.application.statistics.SessionAttendance;
import fr.fabrikaprojets.application.statistics.StatisticsFilter;
import fr.fabrikaprojets.domain.model.orientation.OrientationState;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.project.Milestone;
import fr.fabrikaprojets.domain.model.session.SessionMode;
import fr.fabrikaprojets.domain.model.session.SessionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statistics in native SQL that Derby and PostgreSQL both run: one count per milestone and period, each over its
 * own range of the milestone's index (V14, V20), all in one statement; GROUP BY for the breakdowns of the projects;
 * the year's orientations read once from their index (V23) and counted here, each breakdown in distinct projects.
 * What is read for several milestones is read in one statement (the dashboard's first view: 31 statements, now 9).
 * Parameters are numbered in the order they appear, so each statement is built with its list of values.
 */
@ApplicationScoped
public class JpaActivityFigures implements ActivityFigures {

    /** A year of projects at the largest platform measured is some 10,000; the delays read at most this many each. */
    private static final int MAX_DELAYS = 50_000;
    /** The largest platform measured orients some 22,000 times a year; the statistics read at most this many. */
    private static final int MAX_ORIENTATIONS = 200_000;
    private static final Pattern NUMBERED = Pattern.compile("\\?(\\d+)");

    @PersistenceContext(unitName = "fabrik")
    private EntityManager entityManager;

    @Inject
    private PlatformIds platformIds;

    @Override
    public Map<Milestone, long[]> reached(List<Milestone> milestones, List<Instant> bounds, StatisticsFilter filter) {
        if (milestones.contains(Milestone.ORIENTED)) {
            throw new IllegalArgumentException("Orientations are counted by oriented(), not by period");
        }
        int periods = Math.max(0, bounds.size() - 1);
        Map<Milestone, long[]> counts = new EnumMap<>(Milestone.class);
        milestones.forEach(milestone -> counts.put(milestone, new long[periods]));
        if (periods == 0 || milestones.isEmpty()) {
            return counts;
        }
        Statement statement = new Statement();
        long platform = platformIds.of(filter.platformCode());
        StringJoiner sql = new StringJoiner(", ", "VALUES (", ")");
        for (Milestone milestone : milestones) {
            for (int i = 0; i < periods; i++) {
                sql.add("(SELECT COUNT(*) FROM projects p" + projects(statement, filter, platform)
                        + range(statement, milestone, bounds.get(i), bounds.get(i + 1)) + ")");
            }
        }
        Object result = statement.query(sql.toString()).getSingleResult();
        Object[] row = result instanceof Object[] columns ? columns : new Object[] {result};
        int column = 0;
        for (Milestone milestone : milestones) {
            long[] reached = counts.get(milestone);
            for (int i = 0; i < periods; i++, column++) {
                reached[i] = row[column] == null ? 0 : ((Number) row[column]).longValue();
            }
        }
        return counts;
    }

    @Override
    public Map<Field, Long> receivedByField(Instant from, Instant to, StatisticsFilter filter) {
        Statement statement = new Statement();
        String sql = "SELECT pf.field, COUNT(*) FROM projects p JOIN project_fields pf ON pf.project_id = p.id"
                + projects(statement, filter) + range(statement, Milestone.RECEIVED, from, to) + " GROUP BY pf.field";
        Map<Field, Long> counts = new EnumMap<>(Field.class);
        for (Object[] row : rows(statement.query(sql))) {
            counts.put(Field.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** One statement: a grouped count per milestone, each along its own index, put together with UNION ALL. */
    @Override
    public Map<Milestone, Map<String, Long>> reachedByCommune(List<Milestone> milestones, Instant from, Instant to,
            StatisticsFilter filter) {
        Map<Milestone, Map<String, Long>> counts = new EnumMap<>(Milestone.class);
        milestones.forEach(milestone -> counts.put(milestone, new HashMap<>()));
        if (milestones.isEmpty()) {
            return counts;
        }
        Statement statement = new Statement();
        long platform = platformIds.of(filter.platformCode());
        StringJoiner sql = new StringJoiner(" UNION ALL ");
        for (int i = 0; i < milestones.size(); i++) {
            sql.add("SELECT " + i + ", p.commune_code, COUNT(*) FROM projects p" + projects(statement, filter, platform)
                    + range(statement, milestones.get(i), from, to) + " GROUP BY p.commune_code");
        }
        for (Object[] row : rows(statement.query(sql.toString()))) {
            counts.get(milestones.get(((Number) row[0]).intValue()))
                    .put((String) row[1], ((Number) row[2]).longValue());
        }
        return counts;
    }

    @Override
    public List<SessionAttendance> sessions(StatisticsFilter filter, int max) {
        Statement statement = new Statement();
        String present = statement.bind(Boolean.TRUE);
        StringBuilder sql = new StringBuilder("SELECT s.id, s.session_date, s.venue, c.name, s.session_mode, s.status,"
                + " (SELECT COUNT(*) FROM session_registrations r WHERE r.session_id = s.id AND r.attended = ")
                .append(present).append("), (SELECT COUNT(DISTINCT r.organisation_id) FROM session_registrations r"
                        + " WHERE r.session_id = s.id AND r.attended = ").append(present)
                .append("), (SELECT COUNT(*) FROM presentations pr WHERE pr.session_id = s.id)"
                        + " FROM sessions s JOIN platforms pl ON pl.id = s.platform_id"
                        + " LEFT JOIN communes c ON c.insee_code = s.commune_code WHERE pl.code = ")
                .append(statement.bind(filter.platformCode()))
                .append(" AND s.session_date >= ").append(statement.bind(
                        Date.valueOf(LocalDate.of(filter.year(), 1, 1))))
                .append(" AND s.session_date < ").append(statement.bind(
                        Date.valueOf(LocalDate.of(filter.year() + 1, 1, 1))));
        if (filter.communeCode() != null) {
            sql.append(" AND s.commune_code = ").append(statement.bind(filter.communeCode()));
        }
        sql.append(" ORDER BY s.session_date, s.id FETCH FIRST ").append(max).append(" ROWS ONLY");
        List<SessionAttendance> sessions = new ArrayList<>();
        for (Object[] row : rows(statement.query(sql.toString()))) {
            String venue = (String) row[2];
            String commune = (String) row[3];
            String place = venue == null && commune == null ? null
                    : venue == null ? commune : commune == null ? venue : venue + ", " + commune;
            sessions.add(new SessionAttendance(((Number) row[0]).longValue(), ((Date) row[1]).toLocalDate(),
                    place, SessionMode.valueOf((String) row[4]), SessionStatus.valueOf((String) row[5]),
                    ((Number) row[6]).longValue(), ((Number) row[7]).longValue(), ((Number) row[8]).longValue()));
        }
        return sessions;
    }

    /**
     * Each orientation of the period read once from V23's index alone, and the names of the platform's partners
     * (an orientation goes to a partner of its project's platform) in the same statement: joined row by row to
     * the organisations, the names cost as much as the orientations at 100,000 projects (BENCHMARKS.md, run 42).
     */
    @Override
    public OrientedProjects oriented(Instant from, Instant to, StatisticsFilter filter) {
        Statement statement = new Statement();
        long platform = platformIds.of(filter.platformCode());
        String sql = "SELECT 0, o.organisation_id, o.state, o.project_id, CAST(NULL AS VARCHAR(120))"
                + " FROM orientations o" + orientations(statement, filter, platform)
                + range(statement, Milestone.ORIENTED, from, to)
                + " UNION ALL SELECT 1, g.id, CAST(NULL AS VARCHAR(20)), CAST(NULL AS BIGINT), g.short_name"
                + " FROM organisations g WHERE g.platform_id = " + statement.bind(platform);
        Map<Long, String> names = new HashMap<>();
        List<Orientated> orientations = new ArrayList<>();
        try (PreparedStatement query = statement.prepare(sql)) {
            query.setMaxRows(MAX_ORIENTATIONS);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (rows.getInt(1) == 1) {
                        names.put(rows.getLong(2), rows.getString(5));
                    } else {
                        orientations.add(new Orientated(rows.getLong(2), rows.getString(3), rows.getLong(4)));
                    }
                }
            }
        } catch (SQLException failed) {
            throw new PersistenceException("Orientations non comptées", failed);
        }
        OrientedProjects oriented = new OrientedProjects();
        for (Orientated row : orientations) {
            oriented.add(row.partner(), names.getOrDefault(row.partner(), "n° " + row.partner()),
                    OrientationState.valueOf(row.state()), row.project());
        }
        return oriented;
    }

    /** One orientation as {@link #oriented} reads it. */
    private record Orientated(long partner, String state, long project) {
    }

    /**
     * Day counts between two timestamps have no common SQL on Derby and PostgreSQL, so the period's pairs of dates are
     * read (two columns of one index range per milestone, in one statement) and the days counted here, in the
     * platform's time zone.
     */
    @Override
    public Map<Milestone, Delay> delaysTo(List<Milestone> milestones, Instant from, Instant to,
            StatisticsFilter filter) {
        Map<Milestone, Delay> delays = new EnumMap<>(Milestone.class);
        if (milestones.isEmpty()) {
            return delays;
        }
        Statement statement = new Statement();
        long platform = platformIds.of(filter.platformCode());
        StringJoiner sql = new StringJoiner(" UNION ALL ");
        for (int i = 0; i < milestones.size(); i++) {
            sql.add("SELECT " + i + ", p.received_at, " + column(milestones.get(i)) + " FROM projects p"
                    + projects(statement, filter, platform) + range(statement, milestones.get(i), from, to));
        }
        long[] projects = new long[milestones.size()];
        long[] days = new long[milestones.size()];
        for (Object[] row : rows(statement.query(sql.toString()).setMaxResults(MAX_DELAYS * milestones.size()))) {
            int milestone = ((Number) row[0]).intValue();
            LocalDate received = ((Timestamp) row[1]).toInstant().atZone(StatisticsFilter.ZONE).toLocalDate();
            LocalDate reached = ((Timestamp) row[2]).toInstant().atZone(StatisticsFilter.ZONE).toLocalDate();
            days[milestone] += Math.max(0, ChronoUnit.DAYS.between(received, reached));
            projects[milestone]++;
        }
        for (int i = 0; i < milestones.size(); i++) {
            delays.put(milestones.get(i),
                    new Delay(projects[i], projects[i] == 0 ? 0 : (double) days[i] / projects[i]));
        }
        return delays;
    }

    /**
     * The earliest reception straight from the platform's end of its index: joined to the platforms by code, Derby
     * read every project (53 % of the dashboard's time at 100,000 projects with nothing kept, BENCHMARKS.md, run 42).
     */
    @Override
    public Integer firstYear(String platformCode) {
        Object first = entityManager.createNativeQuery("SELECT MIN(p.received_at) FROM projects p"
                + " WHERE p.platform_id = ?1")
                .setParameter(1, platformIds.of(platformCode)).getSingleResult();
        return first == null ? null
                : ((Timestamp) first).toInstant().atZone(StatisticsFilter.ZONE).getYear();
    }

    private static String column(Milestone milestone) {
        return switch (milestone) {
            case RECEIVED -> "p.received_at";
            case PRESENTED -> "p.presented_at";
            case ACCOMPANIED -> "p.accompanied_at";
            case REALISED -> "p.closed_at";
            case ORIENTED -> "o.proposed_at";
        };
    }

    /** The platform, commune and field of the projects counted. */
    private String projects(Statement statement, StatisticsFilter filter) {
        return projects(statement, filter, platformIds.of(filter.platformCode()));
    }

    private static String projects(Statement statement, StatisticsFilter filter, long platformId) {
        StringBuilder where = new StringBuilder(" WHERE p.platform_id = ").append(statement.bind(platformId));
        if (filter.communeCode() != null) {
            where.append(" AND p.commune_code = ").append(statement.bind(filter.communeCode()));
        }
        return where.append(field(statement, filter, "p.id")).toString();
    }

    /**
     * The orientations of the platform (V23), and of the filter's commune and field when it has them: the field
     * straight from the orientation's project id (a join to the projects for it cost twice as much).
     */
    private static String orientations(Statement statement, StatisticsFilter filter, long platformId) {
        StringBuilder where = new StringBuilder(" WHERE o.platform_id = ").append(statement.bind(platformId));
        if (filter.communeCode() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM projects p WHERE p.id = o.project_id AND p.commune_code = ")
                    .append(statement.bind(filter.communeCode())).append(')');
        }
        return where.append(field(statement, filter, "o.project_id")).toString();
    }

    private static String field(Statement statement, StatisticsFilter filter, String projectId) {
        return filter.field() == null ? ""
                : " AND EXISTS (SELECT 1 FROM project_fields f WHERE f.project_id = " + projectId + " AND f.field = "
                        + statement.bind(filter.field().name()) + ")";
    }

    private static String range(Statement statement, Milestone milestone, Instant from, Instant to) {
        String column = column(milestone);
        return (milestone == Milestone.REALISED ? " AND p.state = 'REALISED'" : "")
                + " AND " + column + " >= " + statement.bind(Timestamp.from(from))
                + " AND " + column + " < " + statement.bind(Timestamp.from(to));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    /** A native statement's values, numbered as they are written into it. */
    private final class Statement {

        private final List<Object> values = new ArrayList<>();

        String bind(Object value) {
            values.add(value);
            return "?" + values.size();
        }

        Query query(String sql) {
            Query query = entityManager.createNativeQuery(sql);
            for (int i = 0; i < values.size(); i++) {
                query.setParameter(i + 1, values.get(i));
            }
            return query;
        }

        /**
         * The statement in JDBC on the transaction's own connection, its values set in the order their numbers appear:
         * for the tens of thousands of rows of a year's orientations, read without EclipseLink's record and array per
         * row (the dashboard after a change at 100,000 projects: p90 54 ms to 45, BENCHMARKS.md, run 44).
         */
        PreparedStatement prepare(String sql) throws SQLException {
            Matcher numbers = NUMBERED.matcher(sql);
            List<Object> ordered = new ArrayList<>();
            while (numbers.find()) {
                ordered.add(values.get(Integer.parseInt(numbers.group(1)) - 1));
            }
            PreparedStatement prepared = entityManager.unwrap(Connection.class)
                    .prepareStatement(numbers.replaceAll("?"));
            for (int i = 0; i < ordered.size(); i++) {
                prepared.setObject(i + 1, ordered.get(i));
            }
            return prepared;
        }
    }
}
