package fr.fabrikaprojets.application.statistics;

import java.io.Serializable;
import java.time.LocalDate;

/** A month or a year: how many projects were received, presented, accompanied and realised in it. */
public final class PeriodFigures implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LocalDate first;
    private final LocalDate last;
    private final long received;
    private final long presented;
    private final long accompanied;
    private final long realised;

    public PeriodFigures(LocalDate first, LocalDate last, long received, long presented, long accompanied,
            long realised) {
        this.first = first;
        this.last = last;
        this.received = received;
        this.presented = presented;
        this.accompanied = accompanied;
        this.realised = realised;
    }

    /** The period's first day. */
    public LocalDate getFirst() {
        return first;
    }

    /** The period's last day, included. */
    public LocalDate getLast() {
        return last;
    }

    public long getReceived() {
        return received;
    }

    public long getPresented() {
        return presented;
    }

    public long getAccompanied() {
        return accompanied;
    }

    public long getRealised() {
        return realised;
    }
}
