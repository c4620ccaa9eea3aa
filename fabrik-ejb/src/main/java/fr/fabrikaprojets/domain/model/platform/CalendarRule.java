package fr.fabrikaprojets.domain.model.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * When a platform meets: one weekday of the month (by default the last Friday), from a start to an end time.
 * <p>
 * {@code weekOfMonth} is 1 to 4 for the first to fourth such weekday, or {@link #LAST} for the last one, which is
 * what the flyer calls "chaque dernier vendredi du mois".
 *
 * <pre>
 * CalendarRule rule = CalendarRule.lastFridayMorning();
 * rule.dateIn(YearMonth.of(2021, 2)); // 2021-02-26
 * </pre>
 */
@Embeddable
public class CalendarRule implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The last such weekday of the month. */
    public static final int LAST = -1;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_day_of_week", nullable = false, length = 10)
    private DayOfWeek dayOfWeek;

    @Column(name = "rule_week_of_month", nullable = false)
    private int weekOfMonth;

    @Column(name = "rule_start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "rule_end_time", nullable = false)
    private LocalTime endTime;

    protected CalendarRule() {
    }

    public CalendarRule(DayOfWeek dayOfWeek, int weekOfMonth, LocalTime startTime, LocalTime endTime) {
        if (dayOfWeek == null || startTime == null || endTime == null) {
            throw new IllegalArgumentException("Le jour et les heures de la règle sont obligatoires.");
        }
        if (weekOfMonth != LAST && (weekOfMonth < 1 || weekOfMonth > 4)) {
            throw new IllegalArgumentException("La semaine du mois doit être 1, 2, 3, 4 ou « dernière ».");
        }
        if (!endTime.isAfter(startTime)) {
            throw new IllegalArgumentException("L'heure de fin doit être après l'heure de début.");
        }
        this.dayOfWeek = dayOfWeek;
        this.weekOfMonth = weekOfMonth;
        this.startTime = startTime;
        this.endTime = endTime;
    }

    /** The platform's default: the last Friday of each month, 09:00 to 12:00. */
    public static CalendarRule lastFridayMorning() {
        return new CalendarRule(DayOfWeek.FRIDAY, LAST, LocalTime.of(9, 0), LocalTime.of(12, 0));
    }

    /** The day of the given month on which this rule places the session. */
    public LocalDate dateIn(YearMonth month) {
        LocalDate first = month.atDay(1);
        if (weekOfMonth == LAST) {
            return first.with(TemporalAdjusters.lastInMonth(dayOfWeek));
        }
        return first.with(TemporalAdjusters.dayOfWeekInMonth(weekOfMonth, dayOfWeek));
    }

    public DayOfWeek getDayOfWeek() {
        return dayOfWeek;
    }

    public int getWeekOfMonth() {
        return weekOfMonth;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CalendarRule rule && dayOfWeek == rule.dayOfWeek && weekOfMonth == rule.weekOfMonth
                && startTime.equals(rule.startTime) && endTime.equals(rule.endTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dayOfWeek, weekOfMonth, startTime, endTime);
    }
}
