package fr.fabrikaprojets.application.internal;

import fr.fabrikaprojets.application.statistics.ActivityFigures;
import fr.fabrikaprojets.application.statistics.Delay;
import fr.fabrikaprojets.application.statistics.StatisticsFilter;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.project.Milestone;
import fr.fabrikaprojets.domain.shared.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;

/**
 * The projects' counts of the statistics, what is settled of them kept for good and only the last day or two counted
 * again. A project's milestones are dated by the services when they record them, at that moment (received, first
 * presented, first accompanied, closed: a closed project never reopens), projects are never deleted, and their
 * platform, commune and fields never change: what was counted of a period that ended before yesterday is what will
 * always be counted of it. Every period asked for is cut there: the part before is counted once and kept, the part
 * after is counted each time. At 100,000 projects the counts of the years and of a year's communes, fields and
 * delays cost a dashboard half a second after each change (BENCHMARKS.md, run 39); the part after yesterday is a day
 * or two of projects. The orientations and the sessions are not kept here: an orientation's outcome and a session's
 * attendance are recorded later.
 *
 * <p>What is written straight into the tables (a restore of a backup, tests moving dates) is not seen in the settled
 * past until the server restarts, or with {@code fabrik.statistics.settled=false} (read at each use), which counts
 * everything each time.
 */
@ApplicationScoped
public class SettledFigures {

    static final String SWITCH_PROPERTY = "fabrik.statistics.settled";
    /** Filters are a few hundred a day, each with a few periods: beyond this, what is kept is forgotten at once. */
    private static final int MAX_ENTRIES = 2_000;

    private final Map<String, Object> kept = new ConcurrentHashMap<>();

    @Inject
    ActivityFigures figures;

    @Inject
    Clock clock;

    SettledFigures() {
    }

    SettledFigures(ActivityFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    /** As {@link ActivityFigures#reached}, each period's settled part counted once. */
    public Map<Milestone, long[]> reached(List<Milestone> milestones, List<Instant> bounds, StatisticsFilter filter) {
        Instant settled = settled();
        int past = (int) bounds.stream().filter(bound -> !bound.isAfter(settled)).count();
        if (past == 0 || !enabled()) {
            return figures.reached(milestones, bounds, filter);
        }
        List<Instant> pastBounds = new ArrayList<>(bounds.subList(0, past));
        if (past < bounds.size() && pastBounds.get(past - 1).isBefore(settled)) {
            pastBounds.add(settled);
        }
        Map<Milestone, long[]> counts = new EnumMap<>(Milestone.class);
        milestones.forEach(milestone -> counts.put(milestone, new long[bounds.size() - 1]));
        if (pastBounds.size() >= 2) {
            add(counts, keep("reached " + milestones + pastBounds, filter,
                    () -> figures.reached(milestones, pastBounds, filter)), 0);
        }
        if (past < bounds.size()) {
            List<Instant> openBounds = new ArrayList<>(List.of(settled));
            openBounds.addAll(bounds.subList(past, bounds.size()));
            add(counts, figures.reached(milestones, openBounds, filter), past - 1);
        }
        return counts;
    }

    /** As {@link ActivityFigures#receivedByField}, the settled part counted once. */
    public Map<Field, Long> receivedByField(Instant from, Instant to, StatisticsFilter filter) {
        return split(from, to, "fields", filter, (start, end) -> figures.receivedByField(start, end, filter),
                (a, b) -> sum(a, b, new EnumMap<>(Field.class)));
    }

    /** As {@link ActivityFigures#reachedByCommune}, the settled part counted once. */
    public Map<Milestone, Map<String, Long>> reachedByCommune(List<Milestone> milestones, Instant from, Instant to,
            StatisticsFilter filter) {
        return split(from, to, "communes " + milestones, filter,
                (start, end) -> figures.reachedByCommune(milestones, start, end, filter), (a, b) -> {
                    Map<Milestone, Map<String, Long>> both = new EnumMap<>(Milestone.class);
                    milestones.forEach(milestone -> both.put(milestone, sum(a.getOrDefault(milestone, Map.of()),
                            b.getOrDefault(milestone, Map.of()), new HashMap<>())));
                    return both;
                });
    }

    /** As {@link ActivityFigures#delaysTo}, the settled part counted once: two averages weighted by their projects. */
    public Map<Milestone, Delay> delaysTo(List<Milestone> milestones, Instant from, Instant to,
            StatisticsFilter filter) {
        return split(from, to, "delays " + milestones, filter,
                (start, end) -> figures.delaysTo(milestones, start, end, filter), (a, b) -> {
                    Map<Milestone, Delay> both = new EnumMap<>(Milestone.class);
                    milestones.forEach(milestone -> both.put(milestone, weighted(a.get(milestone), b.get(milestone))));
                    return both;
                });
    }

    /**
     * The instant before which nothing changes any more: the start, in Paris, of yesterday. A milestone is dated when
     * its transaction starts, which commits within minutes; a day more covers the clocks of a cluster's nodes.
     */
    Instant settled() {
        return LocalDate.now(clock.withZone(StatisticsFilter.ZONE)).minusDays(1)
                .atStartOfDay(StatisticsFilter.ZONE).toInstant();
    }

    private <T> T split(Instant from, Instant to, String what, StatisticsFilter filter,
            BiFunction<Instant, Instant, T> count, BinaryOperator<T> sum) {
        Instant settled = settled();
        if (!from.isBefore(settled) || !enabled()) {
            return count.apply(from, to);
        }
        if (!to.isAfter(settled)) {
            return keep(what + " " + from + " " + to, filter, () -> count.apply(from, to));
        }
        T past = keep(what + " " + from + " " + settled, filter, () -> count.apply(from, settled));
        return sum.apply(past, count.apply(settled, to));
    }

    @SuppressWarnings("unchecked")
    private <T> T keep(String what, StatisticsFilter filter, Supplier<T> count) {
        if (!enabled()) {
            return count.get();
        }
        String key = filter.platformCode() + " " + filter.communeCode() + " " + filter.field() + " " + what;
        Object known = kept.get(key);
        if (known != null) {
            return (T) known;
        }
        T counted = count.get();
        if (kept.size() >= MAX_ENTRIES) {
            kept.clear();
        }
        kept.put(key, counted);
        return counted;
    }

    private static boolean enabled() {
        return Settings.value(SWITCH_PROPERTY).map(Boolean::parseBoolean).orElse(true);
    }

    private static void add(Map<Milestone, long[]> counts, Map<Milestone, long[]> part, int offset) {
        part.forEach((milestone, periods) -> {
            long[] total = counts.get(milestone);
            for (int i = 0; i < periods.length; i++) {
                total[offset + i] += periods[i];
            }
        });
    }

    private static <K> Map<K, Long> sum(Map<K, Long> a, Map<K, Long> b, Map<K, Long> into) {
        into.putAll(a);
        b.forEach((key, count) -> into.merge(key, count, Long::sum));
        return into;
    }

    private static Delay weighted(Delay a, Delay b) {
        long projects = a.getProjects() + b.getProjects();
        return new Delay(projects, projects == 0 ? 0
                : (a.getAverageDays() * a.getProjects() + b.getAverageDays() * b.getProjects()) / projects);
    }
}
