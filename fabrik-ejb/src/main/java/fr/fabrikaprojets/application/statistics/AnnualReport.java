package fr.fabrikaprojets.application.statistics;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** What the annual activity report of a platform says, before it is printed or tabulated, and in which language. */
public record AnnualReport(String platformName, int year, Instant generatedAt, ActivityStatistics statistics,
        List<Highlight> highlights, String language) implements Serializable {
}
