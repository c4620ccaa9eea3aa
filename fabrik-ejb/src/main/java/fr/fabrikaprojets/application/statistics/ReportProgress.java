package fr.fabrikaprojets.application.statistics;

import java.io.Serializable;

/**
 * How far a report's generation has gone, written by the generating thread and read by the page that polls it.
 */
public final class ReportProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    private volatile int percent;
    private volatile String step;

    public ReportProgress() {
        this("En attente");
    }

    /** With the first step's words in the reader's language. */
    public ReportProgress(String waiting) {
        step = waiting;
    }

    public void advance(int toPercent, String nextStep) {
        percent = Math.max(percent, Math.min(100, toPercent));
        step = nextStep;
    }

    public int getPercent() {
        return percent;
    }

    public String getStep() {
        return step;
    }
}
