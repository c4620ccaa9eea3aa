package fr.fabrikaprojets.view.statistiques;

import fr.fabrikaprojets.application.StatisticsService;
import fr.fabrikaprojets.application.statistics.AnnualReportFiles;
import fr.fabrikaprojets.application.statistics.ReportProgress;
import fr.fabrikaprojets.application.statistics.ReportTexts;
import fr.fabrikaprojets.domain.shared.BusinessException;
import fr.fabrikaprojets.view.CurrentPlatform;
import fr.fabrikaprojets.view.Feedback;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.omnifaces.util.Faces;

/**
 * The annual report ({@code statistiques/bilan.xhtml?annee=2026}): generated in the background by the EJB
 * container's asynchronous pool, so that the page (and everyone else's) stays responsive; the page polls the
 * progress and offers the two files when they are ready.
 */
@Named
@ViewScoped
public class AnnualReportBacking implements Serializable {

    @Inject
    private CurrentPlatform currentPlatform;

    private static final long serialVersionUID = 1L;

    @EJB
    private StatisticsService statistics;

    private Integer year;
    private List<Integer> years = List.of();
    private ReportProgress progress;
    private transient Future<AnnualReportFiles> generation;
    private int generating;
    private AnnualReportFiles files;

    public void load() {
        years = statistics.years(currentPlatform.getCode());
        if (year == null || !years.contains(year)) {
            year = years.isEmpty() ? null : years.get(0);
        }
    }

    /** Starts a generation, unless one is already running for this page (a double click). */
    public void generate() {
        if (generation != null || year == null) {
            return;
        }
        files = null;
        String language = Faces.getLocale().getLanguage();
        progress = new ReportProgress(ReportTexts.in(language).text("step.waiting"));
        generating = year;
        Feedback.attempt(() -> generation = statistics.annualReport(currentPlatform.getCode(), generating, language,
                progress));
    }

    /** Called by the page's poll: picks the files once the generation is over, or says why it failed. */
    public void check() {
        if (generation == null || !generation.isDone()) {
            return;
        }
        try {
            files = generation.get();
            Feedback.info("report.ready", generating);
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            Feedback.error(cause instanceof BusinessException || cause instanceof EJBAccessException
                    ? Feedback.text("report.failed", cause.getMessage())
                    : Feedback.text("report.failed", cause.getClass().getSimpleName()));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            generation = null;
        }
    }

    public void downloadPdf() throws IOException {
        if (files != null) {
            Faces.sendFile(files.pdf(), files.baseName() + ".pdf", true);
        }
    }

    public void downloadWorkbook() throws IOException {
        if (files != null) {
            Faces.sendFile(files.workbook(), files.baseName() + ".xlsx", true);
        }
    }

    public boolean isRunning() {
        return generation != null;
    }

    public boolean isReady() {
        return files != null;
    }

    public int getPercent() {
        return progress == null ? 0 : progress.getPercent();
    }

    public String getStep() {
        return progress == null ? "" : progress.getStep();
    }

    public List<Integer> getYears() {
        return years;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
