package fr.fabrikaprojets.domain.model.session;

/** Sur place, visioconférence, hybride. Every mode but on-site needs a videoconference link. */
public enum SessionMode {
    ON_SITE,
    VIDEO,
    HYBRID;

    public boolean needsVideoLink() {
        return this != ON_SITE;
    }

    public String label() {
        return switch (this) {
            case ON_SITE -> "sur place";
            case VIDEO -> "visioconférence";
            case HYBRID -> "hybride";
        };
    }
}
