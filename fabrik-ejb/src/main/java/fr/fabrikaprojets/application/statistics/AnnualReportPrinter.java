package fr.fabrikaprojets.application.statistics;

/** Prints the annual report as a PDF (cover, key figures, charts, sessions, highlights). */
public interface AnnualReportPrinter {

    byte[] print(AnnualReport report);
}
