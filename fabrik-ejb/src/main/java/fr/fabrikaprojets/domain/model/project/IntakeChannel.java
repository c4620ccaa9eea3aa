package fr.fabrikaprojets.domain.model.project;

/** How the idea reached the platform: the public form, or the coordinator entering it for someone. */
public enum IntakeChannel {
    PUBLIC_FORM,
    STAFF
}
