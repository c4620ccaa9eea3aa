package fr.fabrikaprojets.view.statistiques;

import fr.fabrikaprojets.application.statistics.PeriodFigures;
import java.time.LocalDate;

/**
 * A month or a year of the dashboard as its table shows it: each milestone's count and the query of the projects
 * list behind it, made once in Java rather than by four method calls per row in the page.
 */
public final class PeriodRow {

    private final PeriodFigures figures;
    private final String[] queries;

    PeriodRow(PeriodFigures figures, String received, String presented, String accompanied, String realised) {
        this.figures = figures;
        this.queries = new String[] {received, presented, accompanied, realised};
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
        return queries[0];
    }

    public String getPresentedQuery() {
        return queries[1];
    }

    public String getAccompaniedQuery() {
        return queries[2];
    }

    public String getRealisedQuery() {
        return queries[3];
    }
}
