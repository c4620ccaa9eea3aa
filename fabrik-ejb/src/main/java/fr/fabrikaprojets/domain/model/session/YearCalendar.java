package fr.fabrikaprojets.domain.model.session;

import fr.fabrikaprojets.domain.model.platform.CalendarRule;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A platform's plan for one year: the months it meets in. The platform's calendar rule gives one date per month;
 * the coordinator removes the months without a session (summer, January…). A session cannot be moved into a removed
 * month: restore the month first.
 *
 * <pre>
 * YearCalendar calendar = new YearCalendar(platform, 2021);
 * calendar.removeMonth(Month.JULY);
 * calendar.plannedDates(); // the last Friday of every month but July
 * </pre>
 */
@Entity
@Table(name = "year_calendars")
public class YearCalendar implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The years a calendar may be planned for: the flyer's first year to a generous horizon. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    @Id
    @SequenceGenerator(name = "year_calendars_seq", sequenceName = "year_calendars_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "year_calendars_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "platform_id")
    private Platform platform;

    @Column(name = "calendar_year", nullable = false)
    private int year;

    /** Month numbers separated by commas ("1,3,7,8"); twelve values at most, so a column is enough. */
    @Column(name = "removed_months", nullable = false, length = 40)
    private String removedMonths = "";

    protected YearCalendar() {
    }

    public YearCalendar(Platform platform, int year) {
        requireYear(year);
        this.platform = platform;
        this.year = year;
    }

    public static void requireYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw BusinessException.invalid("L'année " + year + " n'est pas valide : choisissez une année entre "
                    + FIRST_YEAR + " et " + LAST_YEAR + ".");
        }
    }

    /** The dates the platform's rule gives for every month not removed, in order. */
    public List<LocalDate> plannedDates() {
        CalendarRule rule = platform.getCalendarRule();
        List<LocalDate> dates = new ArrayList<>();
        for (Month month : Month.values()) {
            if (!isRemoved(month)) {
                dates.add(rule.dateIn(YearMonth.of(year, month)));
            }
        }
        return dates;
    }

    public void removeMonth(Month month) {
        Set<Month> months = removed();
        months.add(month);
        removedMonths = encode(months);
    }

    public void restoreMonth(Month month) {
        Set<Month> months = removed();
        months.remove(month);
        removedMonths = encode(months);
    }

    public boolean isRemoved(Month month) {
        return removed().contains(month);
    }

    /** Refuses a date of another year or of a removed month, with the reason in French. */
    public void requireOpenFor(LocalDate date) {
        if (date.getYear() != year) {
            throw BusinessException.invalid("Le " + date + " n'est pas en " + year
                    + " : une réunion ne peut être déplacée que dans son année.");
        }
        if (isRemoved(date.getMonth())) {
            throw BusinessException.invalid("Le mois de " + monthName(date.getMonth()) + " " + year
                    + " a été retiré du calendrier : rétablissez-le avant d'y placer une réunion.");
        }
    }

    public Set<Month> removed() {
        if (removedMonths.isEmpty()) {
            return EnumSet.noneOf(Month.class);
        }
        return Arrays.stream(removedMonths.split(",")).map(number -> Month.of(Integer.parseInt(number)))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Month.class)));
    }

    public static String monthName(Month month) {
        return month.getDisplayName(TextStyle.FULL_STANDALONE, Locale.FRANCE);
    }

    private static String encode(Set<Month> months) {
        return months.stream().map(month -> String.valueOf(month.getValue())).collect(Collectors.joining(","));
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Platform getPlatform() {
        return platform;
    }

    public int getYear() {
        return year;
    }
}
