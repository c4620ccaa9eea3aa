package fr.fabrikaprojets.application.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fabrikaprojets.application.statistics.ActivityFigures;
import fr.fabrikaprojets.application.statistics.Delay;
import fr.fabrikaprojets.application.statistics.OrientedProjects;
import fr.fabrikaprojets.application.statistics.SessionAttendance;
import fr.fabrikaprojets.application.statistics.StatisticsFilter;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.project.Milestone;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The settled past counted once: against projects held in a list here (each received at some instant, presented
 * some days later, in one of two communes), every figure cut at the settled instant adds up to the figure counted
 * whole, and only what comes after it is asked for again.
 */
class SettledFiguresTest {

    private static final List<Milestone> RECEIVED = List.of(Milestone.RECEIVED);
    private static final StatisticsFilter TERRITORY_2026 = new StatisticsFilter("lens-lievin", 2026, null, null);
    /** 15 July 2026, 10:00 in Paris: settled is the start of 14 July in Paris. */
    private static final Instant NOW = Instant.parse("2026-07-15T08:00:00Z");

    private final ListedProjects projects = new ListedProjects();
    private final SettledFigures settled = new SettledFigures(projects, Clock.fixed(NOW, ZoneOffset.UTC));

    SettledFiguresTest() {
        for (int day = 0; day < 3 * 365; day++) {
            Instant received = Instant.parse("2024-01-01T11:00:00Z").plus(Duration.ofDays(day))
                    .plus(Duration.ofMinutes(day * 37L % 600));
            if (received.isBefore(NOW)) {
                projects.add(received, day % 40, day % 3 == 0 ? "62510" : "62498");
            }
        }
    }

    @AfterEach
    void settledKept() {
        System.clearProperty(SettledFigures.SWITCH_PROPERTY);
    }

    @Test
    void theSettledInstantIsTheStartOfYesterdayInParis() {
        assertEquals(Instant.parse("2026-07-13T22:00:00Z"), settled.settled());
    }

    @Test
    void theMonthsOfTheYearAddUpAsCountedWholeAndOnlyTheOpenPartIsCountedAgain() {
        List<Instant> months = months(2026);
        long[] whole = projects.reached(RECEIVED, months, TERRITORY_2026).get(Milestone.RECEIVED);
        projects.asked.clear();
        Map<Milestone, long[]> first = settled.reached(RECEIVED, months, TERRITORY_2026);
        assertArrayEquals(whole, first.get(Milestone.RECEIVED));
        assertEquals(2, projects.asked.size(), "the settled months, then July from the 14th on");
        projects.asked.clear();

        projects.add(NOW.minusSeconds(60), 3, "62510");
        Map<Milestone, long[]> again = settled.reached(RECEIVED, months, TERRITORY_2026);
        assertEquals(List.of(List.of(settled.settled(), months.get(7), months.get(8), months.get(9), months.get(10),
                months.get(11), months.get(12))), projects.asked, "the settled part is kept");
        assertEquals(first.get(Milestone.RECEIVED)[6] + 1, again.get(Milestone.RECEIVED)[6],
                "a project received a minute ago is counted in July");
    }

    @Test
    void yearsWhollySettledAreCountedOnce() {
        List<Instant> years = List.of(year(2024), year(2025), year(2026));
        long[] whole = settled.reached(RECEIVED, years, TERRITORY_2026).get(Milestone.RECEIVED);
        assertArrayEquals(projects.reached(RECEIVED, years, TERRITORY_2026).get(Milestone.RECEIVED), whole);
        projects.asked.clear();
        settled.reached(RECEIVED, years, TERRITORY_2026);
        assertTrue(projects.asked.isEmpty(), "nothing to count again: " + projects.asked);
    }

    @Test
    void aBoundOnTheSettledInstantSplitsNoPeriod() {
        Instant settledAt = settled.settled();
        List<Instant> bounds = List.of(year(2026), settledAt, NOW.plus(Duration.ofDays(2)));
        long[] whole = projects.reached(RECEIVED, bounds, TERRITORY_2026).get(Milestone.RECEIVED);
        projects.asked.clear();
        assertArrayEquals(whole, settled.reached(RECEIVED, bounds, TERRITORY_2026).get(Milestone.RECEIVED));
        assertEquals(List.of(List.of(year(2026), settledAt), List.of(settledAt, bounds.get(2))), projects.asked);
    }

    @Test
    void communesFieldsAndDelaysAddUpAsCountedWhole() {
        Instant from = year(2025);
        Instant to = year(2027);
        assertEquals(projects.reachedByCommune(RECEIVED, from, to, TERRITORY_2026),
                settled.reachedByCommune(RECEIVED, from, to, TERRITORY_2026));
        assertEquals(projects.receivedByField(from, to, TERRITORY_2026),
                settled.receivedByField(from, to, TERRITORY_2026));
        Delay whole = projects.delaysTo(RECEIVED, from, to, TERRITORY_2026).get(Milestone.RECEIVED);
        Delay cut = settled.delaysTo(RECEIVED, from, to, TERRITORY_2026).get(Milestone.RECEIVED);
        assertEquals(whole.getProjects(), cut.getProjects());
        assertEquals(whole.getAverageDays(), cut.getAverageDays(), 1e-9);
    }

    @Test
    void whatIsWrittenIntoTheSettledPastIsCountedOnlyWithTheSwitchOff() {
        List<Instant> years = List.of(year(2024), year(2025), year(2026));
        long before = settled.reached(RECEIVED, years, TERRITORY_2026).get(Milestone.RECEIVED)[0];
        projects.add(Instant.parse("2024-06-01T10:00:00Z"), 1, "62510");
        assertEquals(before, settled.reached(RECEIVED, years, TERRITORY_2026).get(Milestone.RECEIVED)[0]);
        System.setProperty(SettledFigures.SWITCH_PROPERTY, "false");
        assertEquals(before + 1, settled.reached(RECEIVED, years, TERRITORY_2026).get(Milestone.RECEIVED)[0]);
    }

    private static List<Instant> months(int year) {
        return IntStream.rangeClosed(1, 13).mapToObj(month -> (month == 13 ? LocalDate.of(year + 1, 1, 1)
                : LocalDate.of(year, month, 1)).atStartOfDay(StatisticsFilter.ZONE).toInstant()).toList();
    }

    private static Instant year(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(StatisticsFilter.ZONE).toInstant();
    }

    /** Projects in a list, counted by walking it; every period list or range asked for is noted. */
    private static final class ListedProjects implements ActivityFigures {

        private final List<Instant> received = new CopyOnWriteArrayList<>();
        private final List<Integer> days = new CopyOnWriteArrayList<>();
        private final List<String> communes = new CopyOnWriteArrayList<>();
        final List<List<Instant>> asked = new CopyOnWriteArrayList<>();

        void add(Instant at, int delay, String commune) {
            received.add(at);
            days.add(delay);
            communes.add(commune);
        }

        private List<Integer> within(Instant from, Instant to) {
            List<Integer> found = new ArrayList<>();
            for (int i = 0; i < received.size(); i++) {
                if (!received.get(i).isBefore(from) && received.get(i).isBefore(to)) {
                    found.add(i);
                }
            }
            return found;
        }

        @Override
        public Map<Milestone, long[]> reached(List<Milestone> milestones, List<Instant> bounds,
                StatisticsFilter filter) {
            asked.add(List.copyOf(bounds));
            long[] counts = new long[bounds.size() - 1];
            for (int i = 0; i + 1 < bounds.size(); i++) {
                counts[i] = within(bounds.get(i), bounds.get(i + 1)).size();
            }
            return new EnumMap<>(Map.of(Milestone.RECEIVED, counts));
        }

        @Override
        public Map<Field, Long> receivedByField(Instant from, Instant to, StatisticsFilter filter) {
            asked.add(List.of(from, to));
            Map<Field, Long> counts = new EnumMap<>(Field.class);
            within(from, to).forEach(i -> counts.merge(i % 2 == 0 ? Field.CULTURE : Field.SPORT, 1L, Long::sum));
            return counts;
        }

        @Override
        public Map<Milestone, Map<String, Long>> reachedByCommune(List<Milestone> milestones, Instant from,
                Instant to, StatisticsFilter filter) {
            asked.add(List.of(from, to));
            Map<String, Long> counts = new HashMap<>();
            within(from, to).forEach(i -> counts.merge(communes.get(i), 1L, Long::sum));
            return new EnumMap<>(Map.of(Milestone.RECEIVED, counts));
        }

        @Override
        public Map<Milestone, Delay> delaysTo(List<Milestone> milestones, Instant from, Instant to,
                StatisticsFilter filter) {
            asked.add(List.of(from, to));
            List<Integer> found = within(from, to);
            double average = found.stream().mapToInt(days::get).average().orElse(0);
            return new EnumMap<>(Map.of(Milestone.RECEIVED, new Delay(found.size(), average)));
        }

        @Override
        public List<SessionAttendance> sessions(StatisticsFilter filter, int max) {
            throw new UnsupportedOperationException("not kept");
        }

        @Override
        public OrientedProjects oriented(Instant from, Instant to, StatisticsFilter filter) {
            throw new UnsupportedOperationException("not kept");
        }

        @Override
        public Integer firstYear(String platformCode) {
            throw new UnsupportedOperationException("not kept");
        }
    }
}
