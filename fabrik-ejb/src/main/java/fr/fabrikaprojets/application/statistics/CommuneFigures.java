package fr.fabrikaprojets.application.statistics;

import java.io.Serializable;

/** One commune's projects in the year, and the projects received per 1,000 inhabitants. */
public final class CommuneFigures implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String inseeCode;
    private final String name;
    private final int population;
    private final long received;
    private final long realised;

    public CommuneFigures(String inseeCode, String name, int population, long received, long realised) {
        this.inseeCode = inseeCode;
        this.name = name;
        this.population = population;
        this.received = received;
        this.realised = realised;
    }

    public String getInseeCode() {
        return inseeCode;
    }

    public String getName() {
        return name;
    }

    public int getPopulation() {
        return population;
    }

    public long getReceived() {
        return received;
    }

    public long getRealised() {
        return realised;
    }

    /** Projects received per 1,000 inhabitants (0 for a commune without a known population). */
    public double getReceivedPerThousand() {
        return population <= 0 ? 0 : received * 1000.0 / population;
    }
}
