package fr.fabrikaprojets.view.statistiques;

import fr.fabrikaprojets.application.statistics.PeriodFigures;
import java.time.LocalDate;

/**
 * A month or a year of the dashboard as its table shows it: each milestone's count and the query of the projects
 * list behind it, made once in Java rather than by four method calls per row in the page.
 */
public final class PeriodRow {

    private final PeriodFigures figures;
    private final String receivedQuery;
    private final String presentedQuery;
    private final String accompaniedQuery;
    private final String realisedQuery;

    PeriodRow(PeriodFigures figures, String receivedQuery, String presentedQuery, String accompaniedQuery,
            String realisedQuery) {
        this.figures = figures;
        this.receivedQuery = receivedQuery;
        this.presentedQuery = presentedQuery;
        this.accompaniedQuery = accompaniedQuery;
        this.realisedQuery = realisedQuery;
    }

    public LocalDate getFirst() {
        return figures.getFirst();
    }

    public long getReceived() {
        return figures.getReceived();
    }

    public long getPresented() {
        return figures.getPresented();
    }

    public long getAccompanied() {
        return figures.getAccompanied();
    }

    public long getRealised() {
        return figures.getRealised();
    }

    public String getReceivedQuery() {
        return receivedQuery;
    }

    public String getPresentedQuery() {
        return presentedQuery;
    }

    public String getAccompaniedQuery() {
        return accompaniedQuery;
    }

    public String getRealisedQuery() {
        return realisedQuery;
    }
}
