package fr.fabrikaprojets.domain.model.presentation;

/** Where the minutes of a presentation stand. Only validated minutes are shared beyond those present. */
public enum MinutesStatus {
    NONE,
    DRAFT,
    TO_VALIDATE,
    CORRECTION_ASKED,
    VALIDATED;

    public String label() {
        return switch (this) {
            case NONE -> "pas encore écrit";
            case DRAFT -> "brouillon";
            case TO_VALIDATE -> "envoyé au porteur pour validation";
            case CORRECTION_ASKED -> "correction demandée par le porteur";
            case VALIDATED -> "validé par le porteur";
        };
    }
}
