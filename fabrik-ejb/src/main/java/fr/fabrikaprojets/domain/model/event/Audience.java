package fr.fabrikaprojets.domain.model.event;

/** Who may come: anyone, or the partners' network only. */
public enum Audience {
    PUBLIC,
    NETWORK
}
