package fr.fabrikaprojets.application.internal;

import java.security.Principal;

/**
 * Whether a caller signed in through the partners' SSO. The server's OIDC realm gives such a caller a principal of
 * its own class (Elytron's {@code OidcPrincipal}); checking the class by name keeps the services free of the server's
 * security classes.
 */
final class SsoCallers {

    static final String OIDC_PRINCIPAL = "org.wildfly.security.http.oidc.OidcPrincipal";

    private SsoCallers() {
    }

    static boolean cameThroughSso(Principal caller) {
        return caller != null && caller.getClass().getName().equals(OIDC_PRINCIPAL);
    }
}
