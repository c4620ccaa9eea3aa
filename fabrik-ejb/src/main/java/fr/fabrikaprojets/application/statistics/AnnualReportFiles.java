package fr.fabrikaprojets.application.statistics;

import java.io.Serializable;

/** The annual report as a PDF and as a workbook of one sheet per table, named after the platform and the year. */
public record AnnualReportFiles(String baseName, byte[] pdf, byte[] workbook) implements Serializable {
}
