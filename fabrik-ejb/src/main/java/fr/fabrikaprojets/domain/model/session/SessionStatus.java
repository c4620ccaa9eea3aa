package fr.fabrikaprojets.domain.model.session;

/** Prévue, confirmée, tenue, annulée. */
public enum SessionStatus {
    PLANNED,
    CONFIRMED,
    HELD,
    CANCELLED;

    public String label() {
        return switch (this) {
            case PLANNED -> "prévue";
            case CONFIRMED -> "confirmée";
            case HELD -> "tenue";
            case CANCELLED -> "annulée";
        };
    }
}
