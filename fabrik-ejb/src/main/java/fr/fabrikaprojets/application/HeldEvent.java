package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.event.EventKind;
import fr.fabrikaprojets.domain.model.event.PublicEvent;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * An event held, as the library lists it under its temps forts: immutable, so that one page of them serves every
 * reader of the same kind until the next change (read for each view, its two statements kept the library above twice
 * the empty page, BENCHMARKS.md, run 46). A class with getters rather than a record, because Faces pages read bean
 * properties only.
 */
public final class HeldEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String title;
    private final EventKind kind;
    private final String cycleTitle;
    private final LocalDate date;
    private final String summary;

    private HeldEvent(PublicEvent event) {
        id = event.getId();
        title = event.getTitle();
        kind = event.getKind();
        cycleTitle = event.getCycle().getTitle();
        date = event.getDate();
        summary = event.getSummary();
    }

    public static HeldEvent of(PublicEvent event) {
        return new HeldEvent(event);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public EventKind getKind() {
        return kind;
    }

    /** The title of the cycle the event belongs to. */
    public String getCycleTitle() {
        return cycleTitle;
    }

    public LocalDate getDate() {
        return date;
    }

    /** What the event was about, once held; may be empty. */
    public String getSummary() {
        return summary;
    }
}
