package fr.fabrikaprojets.application.statistics;

import java.io.Serializable;

/** An average delay in days over a number of projects; the average is 0 when there is none. */
public final class Delay implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long projects;
    private final double averageDays;

    public Delay(long projects, double averageDays) {
        this.projects = projects;
        this.averageDays = averageDays;
    }

    public long getProjects() {
        return projects;
    }

    public double getAverageDays() {
        return averageDays;
    }
}
