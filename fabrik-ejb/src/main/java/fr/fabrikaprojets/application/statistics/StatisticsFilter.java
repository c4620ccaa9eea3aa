package fr.fabrikaprojets.application.statistics;

import fr.fabrikaprojets.domain.model.project.Field;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What the dashboard and the annual report count: one platform's year (Europe/Paris), optionally one commune and one
 * field of action. A null commune or field does not filter.
 */
public record StatisticsFilter(String platformCode, int year, String communeCode, Field field) implements Serializable {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    public Instant start() {
        return LocalDate.of(year, 1, 1).atStartOfDay(ZONE).toInstant();
    }

    public Instant end() {
        return LocalDate.of(year + 1, 1, 1).atStartOfDay(ZONE).toInstant();
    }
}
