package fr.fabrikaprojets.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.application.cluster.NodeNews;
import fr.fabrikaprojets.application.statistics.ActivityStatistics;
import fr.fabrikaprojets.application.statistics.StatisticsFilter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ActivityCacheTest {

    private static final StatisticsFilter LENS_2025 = new StatisticsFilter("lens-lievin", 2025, null, null);
    private static final StatisticsFilter LIEVIN_2025 = new StatisticsFilter("lens-lievin", 2025, "62510", null);

    private final MovingClock clock = new MovingClock(Instant.parse("2026-03-02T08:00:00Z"));
    private final List<NodeNews> told = new CopyOnWriteArrayList<>();
    private final ActivityCache cache = new ActivityCache(clock, told::add);
    private final AtomicInteger counts = new AtomicInteger();

    @AfterEach
    void defaultDuration() {
        System.clearProperty(ActivityCache.SECONDS_PROPERTY);
    }

    @Test
    void readersOfTheSameFilterShareOneCountForFiveMinutes() {
        ActivityStatistics first = cache.get(LENS_2025, this::count);
        clock.advance(Duration.ofMinutes(4));
        assertSame(first, cache.get(LENS_2025, this::count));
        assertEquals(1, counts.get());
        assertNotSame(first, cache.get(LIEVIN_2025, this::count), "another commune is another count");
        clock.advance(Duration.ofMinutes(2));
        ActivityStatistics later = cache.get(LENS_2025, this::count);
        assertNotSame(first, later, "counted again once five minutes have passed");
        assertEquals(clock.instant(), later.getComputedAt());
        assertEquals(3, counts.get());
    }

    @Test
    void aCommittedChangeOutdatesWhatWasCounted() {
        ActivityStatistics first = cache.get(LENS_2025, this::count);
        cache.changed(new AuditTrail.Recorded("lens-lievin"));
        ActivityStatistics after = cache.get(LENS_2025, this::count);
        assertNotSame(first, after, "a project moved: the next reader counts it");
        assertSame(after, cache.get(LENS_2025, this::count));
        assertEquals(2, counts.get());
        assertEquals(List.of(new NodeNews.FiguresChanged()), told, "the other nodes of a cluster are told");
    }

    @Test
    void aPageOfAListIsReadWithinBoundsOnceForItsFilterUntilAChange() {
        List<String> asked = new CopyOnWriteArrayList<>();
        Page<String> first = cache.keptPage("projects", "filter A", -5, 1_000, (from, rows) -> {
            asked.add(from + "+" + rows);
            return new Page<>(List.of("row"), from, rows, 1);
        });
        assertEquals(List.of("0+" + Page.MAX_SIZE), asked, "read from the first row, at most a hundred");
        assertSame(first, cache.keptPage("projects", "filter A", 0, Page.MAX_SIZE, (from, rows) -> fail()),
                "the same page again, not read");
        cache.keptPage("projects", "filter B", 0, 20, (from, rows) -> new Page<>(List.of(), from, rows, 0));
        cache.changed(new AuditTrail.Recorded("lens-lievin"));
        Page<String> after = cache.keptPage("projects", "filter A", 0, Page.MAX_SIZE,
                (from, rows) -> new Page<>(List.of("changed"), from, rows, 1));
        assertEquals(List.of("changed"), after.getItems(), "read again once a change committed");
    }

    @Test
    void aSmallReadIsKeptUnderItsKeyUntilAChangeOrFiveMinutes() {
        AtomicInteger reads = new AtomicInteger();
        Function<Integer, Supplier<Integer>> database = year -> () -> {
            reads.incrementAndGet();
            return year;
        };
        assertEquals(2017, cache.kept("first year", database.apply(2017)));
        assertEquals(2017, cache.kept("first year", database.apply(1999)), "the year read by the first reader");
        assertEquals(1, reads.get());
        assertEquals(2020, cache.kept("another platform's first year", database.apply(2020)), "kept apart");
        assertEquals(2, reads.get());
        cache.changed(new AuditTrail.Recorded("lens-lievin"));
        assertEquals(2016, cache.kept("first year", database.apply(2016)), "an older project was recorded");
        clock.advance(Duration.ofMinutes(6));
        assertEquals(2015, cache.kept("first year", database.apply(2015)));
        assertEquals(4, reads.get());
    }

    @Test
    void whileAnAgedSmallReadIsReadAgainTheOthersTakeTheLastValue() throws Exception {
        assertEquals(2017, cache.kept("first year", () -> 2017));
        clock.advance(Duration.ofMinutes(6));
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> reread = reader.submit(() -> cache.kept("first year", () -> {
                reading.countDown();
                await(release);
                return 2016;
            }));
            reading.await(10, TimeUnit.SECONDS);
            assertEquals(2017, cache.<Integer>kept("first year", () -> {
                throw new AssertionError("read twice at once");
            }), "the last value, without a second read");
            release.countDown();
            assertEquals(2016, reread.get(10, TimeUnit.SECONDS));
            assertEquals(2016, cache.<Integer>kept("first year", () -> 2000));
        } finally {
            reader.shutdownNow();
        }
    }

    @Test
    void aChangeCommittedOnAnotherNodeOutdatesWhatWasCountedHere() {
        ActivityStatistics first = cache.get(LENS_2025, this::count);
        cache.changedElsewhere(new NodeNews.FiguresChanged());
        assertNotSame(first, cache.get(LENS_2025, this::count));
        assertEquals(List.of(), told, "news from another node is not told again");
    }

    @Test
    void aFailedCountIsNotKept() {
        IllegalStateException failure = new IllegalStateException("base indisponible");
        assertSame(failure, assertThrows(IllegalStateException.class, () -> cache.get(LENS_2025, () -> {
            throw failure;
        })));
        cache.get(LENS_2025, this::count);
        assertEquals(1, counts.get(), "the next reader counts");
    }

    @Test
    void thoseArrivingDuringACountWaitForItInsteadOfCountingAgain() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService readers = Executors.newFixedThreadPool(2);
        try {
            Future<ActivityStatistics> first = countHeldUntil(release, readers);
            Future<ActivityStatistics> second = readerWaitingForTheCount(readers);
            release.countDown();
            assertSame(first.get(10, TimeUnit.SECONDS), second.get(10, TimeUnit.SECONDS));
            assertEquals(1, counts.get());
        } finally {
            readers.shutdownNow();
        }
    }

    @Test
    void whileAgedFiguresAreCountedAgainTheOthersReadTheLastOnes() throws Exception {
        ActivityStatistics old = cache.get(LENS_2025, this::count);
        clock.advance(Duration.ofMinutes(6));
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            Future<ActivityStatistics> recounted = countHeldUntil(release, reader);
            assertSame(old, cache.get(LENS_2025, this::count), "no wait: the last figures, while they are recounted");
            release.countDown();
            ActivityStatistics fresh = recounted.get(10, TimeUnit.SECONDS);
            assertNotSame(old, fresh);
            assertSame(fresh, cache.get(LENS_2025, this::count));
            assertEquals(2, counts.get());
        } finally {
            reader.shutdownNow();
        }
    }

    @Test
    void whoeverFindsTheFiguresAgedReadsTheLastOnesWhileTheyAreCountedAgainElsewhere() throws Exception {
        ActivityStatistics old = cache.get(LENS_2025, this::count);
        clock.advance(Duration.ofMinutes(6));
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            Supplier<ActivityStatistics> heldCount = () -> {
                await(release);
                return count();
            };
            assertSame(old, cache.get(LENS_2025, heldCount, background), "no wait for the recount it began");
            assertSame(old, cache.get(LENS_2025, this::count, background), "nor for another reader");
            release.countDown();
            background.shutdown();
            assertTrue(background.awaitTermination(10, TimeUnit.SECONDS));
            ActivityStatistics fresh = cache.get(LENS_2025, this::count, background);
            assertNotSame(old, fresh);
            assertEquals(2, counts.get());
        } finally {
            background.shutdownNow();
        }
    }

    @Test
    void aRecountNoThreadTakesIsMadeByItsReader() {
        ActivityStatistics old = cache.get(LENS_2025, this::count);
        clock.advance(Duration.ofMinutes(6));
        ActivityStatistics recounted = cache.get(LENS_2025, this::count, task -> {
            throw new RejectedExecutionException("plus de fil libre");
        });
        assertNotSame(old, recounted);
        assertSame(recounted, cache.get(LENS_2025, this::count));
        assertEquals(2, counts.get());
    }

    @Test
    void aFailedRecountLeavesTheLastFiguresAndTheNextReaderCountsAgain() {
        ActivityStatistics old = cache.get(LENS_2025, this::count);
        clock.advance(Duration.ofMinutes(6));
        assertSame(old, cache.get(LENS_2025, () -> {
            throw new IllegalStateException("base indisponible");
        }, Runnable::run));
        assertNotSame(old, cache.get(LENS_2025, this::count, Runnable::run));
        assertEquals(2, counts.get());
    }

    @Test
    void afterAChangeNobodyReadsTheFiguresItOutdated() throws Exception {
        ActivityStatistics old = cache.get(LENS_2025, this::count);
        clock.advance(Duration.ofMinutes(6));
        cache.changed(new AuditTrail.Recorded("lens-lievin"));
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService readers = Executors.newFixedThreadPool(2);
        try {
            Future<ActivityStatistics> recounted = countHeldUntil(release, readers);
            Future<ActivityStatistics> second = readerWaitingForTheCount(readers);
            release.countDown();
            assertSame(recounted.get(10, TimeUnit.SECONDS), second.get(10, TimeUnit.SECONDS));
            assertNotSame(old, second.get());
            assertEquals(2, counts.get());
        } finally {
            readers.shutdownNow();
        }
    }

    @Test
    void anAdministratorMayTurnItOff() {
        System.setProperty(ActivityCache.SECONDS_PROPERTY, "0");
        assertNotSame(cache.get(LENS_2025, this::count), cache.get(LENS_2025, this::count));
        assertEquals(2, counts.get());
    }

    private ActivityStatistics count() {
        counts.incrementAndGet();
        return new ActivityStatistics(clock.instant(), LENS_2025, null, List.of(), List.of(), Map.of(), List.of(),
                List.of(), Map.of(), 0, List.of(), null, null);
    }

    /** A reader's count of Lens's figures, begun on {@code thread} and held there until {@code release}. */
    private Future<ActivityStatistics> countHeldUntil(CountDownLatch release, ExecutorService thread)
            throws InterruptedException {
        CountDownLatch counting = new CountDownLatch(1);
        Future<ActivityStatistics> counted = thread.submit(() -> cache.get(LENS_2025, () -> {
            counting.countDown();
            await(release);
            return count();
        }));
        counting.await(10, TimeUnit.SECONDS);
        return counted;
    }

    /** Another reader of Lens's figures, once it is parked on the count under way. */
    private Future<ActivityStatistics> readerWaitingForTheCount(ExecutorService thread) throws InterruptedException {
        AtomicReference<Thread> reader = new AtomicReference<>();
        Future<ActivityStatistics> read = thread.submit(() -> {
            reader.set(Thread.currentThread());
            return cache.get(LENS_2025, this::count);
        });
        awaitWaiting(reader);
        return read;
    }

    /** Until the second reader is parked on the first one's count, so that it did not count by itself. */
    private static void awaitWaiting(AtomicReference<Thread> reader) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            Thread thread = reader.get();
            if (thread != null && thread.getState() == Thread.State.TIMED_WAITING) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the second reader never waited for the first count");
    }

    @Test
    void aChangeCommittedDuringACountIsNotReadFromIt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            Future<ActivityStatistics> first = countHeldUntil(release, reader);
            cache.changed(new AuditTrail.Recorded("lens-lievin"));
            release.countDown();
            assertNotSame(first.get(10, TimeUnit.SECONDS), cache.get(LENS_2025, this::count));
            assertEquals(2, counts.get());
        } finally {
            reader.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A clock the test moves forward. */
    private static final class MovingClock extends Clock {

        private volatile Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
