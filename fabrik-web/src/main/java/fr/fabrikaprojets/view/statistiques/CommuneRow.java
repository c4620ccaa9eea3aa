package fr.fabrikaprojets.view.statistiques;

import fr.fabrikaprojets.application.statistics.CommuneFigures;

/**
 * A commune of the dashboard as its table shows it: numbers written for the reader's language, and the queries of
 * the projects lists behind its counts.
 */
public final class CommuneRow {

    private final CommuneFigures figures;
    private final String population;
    private final String receivedPerThousand;
    private final String receivedQuery;
    private final String realisedQuery;

    CommuneRow(CommuneFigures figures, String population, String receivedPerThousand, String receivedQuery,
            String realisedQuery) {
        this.figures = figures;
        this.population = population;
        this.receivedPerThousand = receivedPerThousand;
        this.receivedQuery = receivedQuery;
        this.realisedQuery = realisedQuery;
    }

    public String getName() {
        return figures.getName();
    }

    public String getPopulation() {
        return population;
    }

    public long getReceived() {
        return figures.getReceived();
    }

    public String getReceivedPerThousand() {
        return receivedPerThousand;
    }

    public long getRealised() {
        return figures.getRealised();
    }

    public String getReceivedQuery() {
        return receivedQuery;
    }

    public String getRealisedQuery() {
        return realisedQuery;
    }
}
