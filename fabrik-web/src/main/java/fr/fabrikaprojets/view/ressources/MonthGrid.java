package fr.fabrikaprojets.view.ressources;

import fr.fabrikaprojets.domain.model.resource.Booking;
import fr.fabrikaprojets.domain.model.resource.BookingStatus;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A month of a resource's calendar, Monday first: weeks of days, each with the bookings that touch it. */
public final class MonthGrid implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final YearMonth month;
    private final List<List<Day>> weeks;

    private MonthGrid(YearMonth month, List<List<Day>> weeks) {
        this.month = month;
        this.weeks = weeks;
    }

    /** {@code label} says what a booking shows (the project's title, or only "réservé" to those who may not know). */
    static MonthGrid of(YearMonth month, List<Booking> bookings, Function<Booking, String> label) {
        LocalDate start = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate end = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<List<Day>> weeks = new ArrayList<>();
        List<Day> week = new ArrayList<>();
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
            var dayStart = day.atStartOfDay(PARIS).toInstant();
            var dayEnd = day.plusDays(1).atStartOfDay(PARIS).toInstant();
            List<Entry> entries = new ArrayList<>();
            for (Booking booking : bookings) {
                if (booking.overlaps(dayStart, dayEnd)) {
                    entries.add(new Entry(label.apply(booking), booking.getStatus()));
                }
            }
            week.add(new Day(day, YearMonth.from(day).equals(month), entries));
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        return new MonthGrid(month, weeks);
    }

    public YearMonth getMonth() {
        return month;
    }

    public List<List<Day>> getWeeks() {
        return weeks;
    }

    public String getPrevious() {
        return month.minusMonths(1).toString();
    }

    public String getNext() {
        return month.plusMonths(1).toString();
    }

    public static final class Day implements Serializable {

        private static final long serialVersionUID = 1L;

        private final LocalDate date;
        private final boolean inMonth;
        private final List<Entry> entries;

        Day(LocalDate date, boolean inMonth, List<Entry> entries) {
            this.date = date;
            this.inMonth = inMonth;
            this.entries = entries;
        }

        public LocalDate getDate() {
            return date;
        }

        public int getDayOfMonth() {
            return date.getDayOfMonth();
        }

        public boolean isInMonth() {
            return inMonth;
        }

        public List<Entry> getEntries() {
            return entries;
        }
    }

    public static final class Entry implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String label;
        private final BookingStatus status;

        Entry(String label, BookingStatus status) {
            this.label = label;
            this.status = status;
        }

        public String getLabel() {
            return label;
        }

        public BookingStatus getStatus() {
            return status;
        }
    }
}
