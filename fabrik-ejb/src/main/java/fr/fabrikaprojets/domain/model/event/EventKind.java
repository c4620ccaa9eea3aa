package fr.fabrikaprojets.domain.model.event;

/** What an event of a temps fort is; labels under {@code event.kind.NAME}. */
public enum EventKind {
    CONFERENCE,
    WORKSHOP,
    VISIT,
    SCREENING
}
