package fr.fabrikaprojets.application;

import java.io.Serializable;

/**
 * What the shared SSO's token says of a partner association's member: their user name (the token's
 * {@code preferred_username}), name, e-mail and organisation (a claim naming it by its short name in Fabrik's
 * directory, {@code organisation} unless configured otherwise).
 */
public record SsoProfile(String username, String displayName, String email, String organisation)
        implements Serializable {
}
