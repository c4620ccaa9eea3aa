package fr.fabrikaprojets.domain.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * How long the personal data of holders and of those registered to sessions is kept after their last activity:
 * three years by default, {@code -Dfabrik.retention.years} otherwise (the processing register states it).
 */
public final class Retention {

    public static final String PROPERTY = "fabrik.retention.years";
    private static final int DEFAULT_YEARS = 3;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private Retention() {
    }

    public static int years() {
        return (int) Math.min(Settings.number(PROPERTY, DEFAULT_YEARS, 1), Integer.MAX_VALUE);
    }

    /** Data whose last activity is before this instant is due for anonymisation at {@code now}. */
    public static Instant cutoff(Instant now) {
        return ZonedDateTime.ofInstant(now, PARIS).minus(Period.ofYears(years())).toInstant();
    }

    /** Sessions held before this day are old enough for their registrations to be anonymised. */
    public static LocalDate cutoffDay(Instant now) {
        return LocalDate.ofInstant(now, PARIS).minusYears(years());
    }

    /** When data last active at {@code lastActivity} becomes due. */
    public static Instant dueAt(Instant lastActivity) {
        return ZonedDateTime.ofInstant(lastActivity, PARIS).plus(Period.ofYears(years())).toInstant();
    }
}
