package fr.fabrikaprojets.application;

import fr.fabrikaprojets.application.statistics.ActivityStatistics;
import fr.fabrikaprojets.application.statistics.AnnualReportFiles;
import fr.fabrikaprojets.application.statistics.ReportProgress;
import fr.fabrikaprojets.application.statistics.StatisticsFilter;
import jakarta.ejb.Local;
import java.util.List;
import java.util.concurrent.Future;

/** The activity statistics of a platform and its annual report, for the team and the funders' staff. */
@Local
public interface StatisticsService {

    /** The dashboard's figures for one year, commune and field. */
    ActivityStatistics activity(StatisticsFilter filter);

    /** The years that have figures, most recent first: from the first project received to the current year. */
    List<Integer> years(String platformCode);

    /**
     * Generates the year's annual report, PDF and workbook, in the background, in {@code language} ("fr" or "en";
     * French otherwise): the caller follows {@code progress} and picks the files from the future.
     */
    Future<AnnualReportFiles> annualReport(String platformCode, int year, String language, ReportProgress progress);
}
