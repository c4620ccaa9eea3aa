package fr.fabrikaprojets.application.internal;

import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.application.cluster.NodeNews;
import fr.fabrikaprojets.application.cluster.OtherNodes;
import fr.fabrikaprojets.domain.shared.Settings;
import fr.fabrikaprojets.application.statistics.ActivityStatistics;
import fr.fabrikaprojets.application.statistics.StatisticsFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The dashboard's figures, kept per filter until the next recorded change commits, and five minutes at most (system
 * property {@code fabrik.statistics.cache.seconds}, default 300; 0 turns the cache off). Counting a year at a large
 * platform takes about fifteen statements over indexes of many projects: the staff reading the same dashboard
 * between two changes share one count, and those who arrive while it is counted wait for it instead of counting
 * again. When figures have only grown old, they are counted again on another thread and every reader meanwhile reads
 * the last ones, a few seconds older: at 100,000 projects every reader of the dashboard waited a second every five
 * minutes (BENCHMARKS.md, run 25, p99), then only the one who found them old, four seconds under load (run 27).
 * Every change of the services is recorded in the audit trail, whose event tells this cache once the change has
 * committed; a count begun before is not reused, nor shown while counting again. On a cluster, the node where the
 * change committed tells the others, whose caches forget their counts too.
 */
@ApplicationScoped
public class ActivityCache {

    static final String SECONDS_PROPERTY = "fabrik.statistics.cache.seconds";
    private static final Logger LOG = Logger.getLogger(ActivityCache.class.getName());
    private static final long DEFAULT_SECONDS = 300;
    /** Filters are a platform, a year, a commune and a field: a few hundred at most are read in a day. */
    private static final int MAX_ENTRIES = 500;
    /**
     * Small reads kept, beyond which all are forgotten at once: lists' pages, but also each organisation's, session's
     * and project's page read (a project's counts and timeline, a few kilobytes), which a day's readers open by the
     * hundreds; about ten kilobytes each at most, twenty megabytes in all.
     */
    private static final int MAX_KEPT = 2_000;
    /** A reader waits for another's count at most this long: beyond it, the transaction would have timed out. */
    private static final Duration WAIT = Duration.ofMinutes(5);

    private final Map<StatisticsFilter, Counted> counted = new ConcurrentHashMap<>();
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();

    @Inject
    Clock clock;

    @Inject
    OtherNodes otherNodes;

    ActivityCache() {
    }

    ActivityCache(Clock clock, OtherNodes otherNodes) {
        this.clock = clock;
        this.otherNodes = otherNodes;
    }

    /** The figures of {@code filter} counted less than the configured time ago, or counted now by {@code count}. */
    public ActivityStatistics get(StatisticsFilter filter, Supplier<ActivityStatistics> count) {
        return get(filter, count, Runnable::run);
    }

    /**
     * As {@link #get(StatisticsFilter, Supplier)}, figures that have only grown old being counted again by {@code
     * recount}, on another thread, while their reader reads the last ones as the others do: the first reader after
     * five minutes waited for the whole count (four seconds at 100,000 projects under load, BENCHMARKS.md, run 27).
     */
    public ActivityStatistics get(StatisticsFilter filter, Supplier<ActivityStatistics> count, Executor recount) {
        Duration keep = keep();
        if (keep.isZero()) {
            return count.get();
        }
        Instant now = Instant.now(clock);
        long seen = changes.get();
        Counted[] mine = new Counted[1];
        Counted current = counted.compute(filter, (key, known) -> {
            if (known != null && !known.outdated(keep, now, changes.get())) {
                return known;
            }
            mine[0] = new Counted(now, seen, known == null ? null : known.agedOnly(seen));
            return mine[0];
        });
        if (current == mine[0]) {
            if (current.last == null) {
                countInto(current, filter, count);
            } else {
                try {
                    recount.execute(() -> recountInto(current, filter, count));
                } catch (RuntimeException refused) {
                    // No thread to count on: this reader counts, as the others read the last figures meanwhile.
                    recountInto(current, filter, count);
                }
            }
            evictBeyondBound();
        }
        return current.await();
    }

    private void countInto(Counted current, StatisticsFilter filter, Supplier<ActivityStatistics> count) {
        try {
            current.figures.complete(count.get());
        } catch (RuntimeException | Error failed) {
            // Those waiting learn of the failure; the next reader counts again.
            counted.remove(filter, current);
            current.figures.completeExceptionally(failed);
            throw failed;
        }
    }

    /** Nobody waits for a recount: should it fail, its readers keep the last figures and the next reader counts. */
    private void recountInto(Counted current, StatisticsFilter filter, Supplier<ActivityStatistics> count) {
        try {
            current.figures.complete(count.get());
        } catch (RuntimeException | Error failed) {
            counted.remove(filter, current);
            current.figures.complete(current.last);
            LOG.log(Level.WARNING, "Statistiques non recomptées : " + filter, failed);
        }
    }

    /**
     * A small read that many pages make, kept as the figures are: until the next recorded change commits, and the
     * configured time at most; {@code key} names what is read (a prefix) and for what. The year of a platform's first
     * project: every view of the dashboard lists the years, and reading the earliest reception among 100,000 projects
     * cost more than the cached figures themselves (BENCHMARKS.md, run 11). The communes and the days of the sessions
     * the lists' filters offer: a tenth of the projects list's time (run 16). A page of the projects list, the
     * directory or the catalogue, for a filter that includes what its reader may see: the directory's database part
     * alone cost more than the whole empty page (run 29), and the page then writes its rows once for all its readers
     * ({@code fk:kept}). An organisation's or a session's page, for the readers who may see the same: eight and
     * four times the empty page at 100,000 projects when read for each view (run 45). What is kept is shared by every
     * reader, so it must not change: values, not entities.
     */
    @SuppressWarnings("unchecked")
    public <T> T kept(String key, Supplier<T> read) {
        Duration keep = keep();
        Instant now = Instant.now(clock);
        long seen = changes.get();
        Kept known = kept.get(key);
        boolean rereading = false;
        if (!keep.isZero() && known != null && known.changesSeen() == seen) {
            // Grown old only: one reader reads it again, the others meanwhile take what is kept, as for the figures.
            if (!known.since().plus(keep).isBefore(now) || !known.rereading().compareAndSet(false, true)) {
                return (T) known.value();
            }
            rereading = true;
        }
        T value;
        try {
            value = read.get();
        } catch (RuntimeException | Error failed) {
            if (rereading) {
                known.rereading().set(false);
            }
            throw failed;
        }
        if (kept.size() >= MAX_KEPT) {
            kept.clear();
        }
        kept.put(key, new Kept(value, now, seen, new AtomicBoolean()));
        return value;
    }

    /**
     * A page of a list as {@link #kept} keeps it: {@code list} names the list, {@code filter} says which rows and for
     * whom; {@code read} reads the page of rows from its first index, within the bounds of a {@link Page}.
     */
    public <T> Page<T> keptPage(String list, Object filter, int first, int size,
            BiFunction<Integer, Integer, Page<T>> read) {
        int from = Page.boundedFirst(first);
        int rows = Page.boundedSize(size);
        return kept(list + " " + filter + " " + from + " " + rows, () -> read.apply(from, rows));
    }

    /** A change committed: every count begun before it is out of date, here and on the other nodes. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AuditTrail.Recorded change) {
        changes.incrementAndGet();
        otherNodes.tell(new NodeNews.FiguresChanged());
    }

    void changedElsewhere(@Observes NodeNews.FiguresChanged change) {
        changes.incrementAndGet();
    }

    private void evictBeyondBound() {
        while (counted.size() > MAX_ENTRIES) {
            counted.entrySet().stream().min(Comparator.comparing(entry -> entry.getValue().since))
                    .ifPresent(oldest -> counted.remove(oldest.getKey(), oldest.getValue()));
        }
    }

    private static Duration keep() {
        return Duration.ofSeconds(Settings.number(SECONDS_PROPERTY, DEFAULT_SECONDS, 0));
    }

    private record Kept(Object value, Instant since, long changesSeen, AtomicBoolean rereading) {
    }

    /**
     * A count begun at {@code since} after {@code changesSeen} changes, finished or still running on the thread of its
     * first reader.
     */
    private static final class Counted {

        private final Instant since;
        private final long changesSeen;
        private final CompletableFuture<ActivityStatistics> figures = new CompletableFuture<>();
        /** The figures this count replaces when they had only grown old, shown until it ends; or null. */
        private final ActivityStatistics last;

        Counted(Instant since, long changesSeen, ActivityStatistics last) {
            this.since = since;
            this.changesSeen = changesSeen;
            this.last = last;
        }

        boolean outdated(Duration keep, Instant now, long changes) {
            return changes != changesSeen || figures.isCompletedExceptionally() || since.plus(keep).isBefore(now);
        }

        /** These figures, if counted with no change committed since ({@code changes} seen): old, still true. */
        ActivityStatistics agedOnly(long changes) {
            return changes == changesSeen && figures.isDone() && !figures.isCompletedExceptionally()
                    ? figures.join() : null;
        }

        ActivityStatistics await() {
            if (last != null && !figures.isDone()) {
                return last;
            }
            try {
                return figures.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Calcul des statistiques interrompu.", interrupted);
            } catch (TimeoutException late) {
                throw new IllegalStateException("Les statistiques n’ont pas été comptées en " + WAIT.toSeconds()
                        + " secondes.", late);
            } catch (ExecutionException failed) {
                throw failed.getCause() instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException(failed.getCause());
            }
        }
    }
}
