package fr.fabrikaprojets.domain.shared;

/**
 * The four roles of the container-managed security domain. Their names are those of the security realm and of
 * {@code @RolesAllowed}; the README's permission matrix speaks of them with their French titles.
 */
public final class Roles {

    /** L'animatrice de la plateforme: plans sessions, follows projects. */
    public static final String COORDINATOR = "coordinator";
    /** Agents of the Département and the CAF. */
    public static final String STAFF = "staff";
    /** A member of a partner organisation. */
    public static final String PARTNER = "partner";
    /** Deploys and configures Fabrik. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
