package fr.fabrikaprojets.domain.shared;

import java.time.Duration;

/**
 * How long a directory record stays trusted once confirmed: {@code -Dfabrik.freshness.days}, 365 by default. Older
 * records are listed for the coordinator and their organisation's members are reminded.
 */
public final class Freshness {

    public static final String PROPERTY = "fabrik.freshness.days";
    private static final int DEFAULT_DAYS = 365;

    private Freshness() {
    }

    public static Duration configured() {
        return Duration.ofDays(Settings.number(PROPERTY, DEFAULT_DAYS, 1));
    }
}
