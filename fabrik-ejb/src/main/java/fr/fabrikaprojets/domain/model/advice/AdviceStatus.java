package fr.fabrikaprojets.domain.model.advice;

public enum AdviceStatus {
    REQUESTED,
    GIVEN,
    REVOKED;

    public String label() {
        return switch (this) {
            case REQUESTED -> "demandé";
            case GIVEN -> "donné";
            case REVOKED -> "retiré";
        };
    }
}
