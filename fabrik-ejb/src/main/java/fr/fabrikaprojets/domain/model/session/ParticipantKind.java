package fr.fabrikaprojets.domain.model.session;

/** Who comes to a session. */
public enum ParticipantKind {
    HOLDER,
    STAFF,
    PARTNER_MEMBER,
    VOLUNTEER,
    INHABITANT
}
