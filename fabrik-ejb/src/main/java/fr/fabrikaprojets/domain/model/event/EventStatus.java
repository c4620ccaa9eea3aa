package fr.fabrikaprojets.domain.model.event;

/** Planned, held (attendance and summary then recorded), cancelled. */
public enum EventStatus {
    PLANNED,
    HELD,
    CANCELLED;

    /** Agreed with "cet événement". */
    public String label() {
        return switch (this) {
            case PLANNED -> "prévu";
            case HELD -> "passé";
            case CANCELLED -> "annulé";
        };
    }
}
