package fr.fabrikaprojets.view;

import fr.fabrikaprojets.domain.shared.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * What the signed-in reader may see, for the pages: {@code #{reader.team}} instead of
 * {@code #{request.isUserInRole('coordinator') or request.isUserInRole('staff') or request.isUserInRole('admin')}}.
 * The layout alone asked a dozen such questions at each page, and an expression calling a method looks the method up
 * by reflection at each evaluation; the container is asked here once per role and request.
 */
@Named
@RequestScoped
public class Reader {

    private Boolean coordinator;
    private Boolean staff;
    private Boolean partner;
    private Boolean admin;

    /** Coordinates a platform: the coordinator, or an administrator, who may do all she does. */
    public boolean isCoordinating() {
        return isCoordinator() || isAdmin();
    }

    /** The platform's team: coordinator, departmental and CAF staff, administrators. */
    public boolean isTeam() {
        return isCoordinating() || isStaff();
    }

    /** Anyone with a role, partners' members included: the network's pages are theirs. */
    public boolean isMember() {
        return isTeam() || isPartner();
    }

    public boolean isCoordinator() {
        if (coordinator == null) {
            coordinator = inRole(Roles.COORDINATOR);
        }
        return coordinator;
    }

    public boolean isStaff() {
        if (staff == null) {
            staff = inRole(Roles.STAFF);
        }
        return staff;
    }

    public boolean isPartner() {
        if (partner == null) {
            partner = inRole(Roles.PARTNER);
        }
        return partner;
    }

    public boolean isAdmin() {
        if (admin == null) {
            admin = inRole(Roles.ADMIN);
        }
        return admin;
    }

    private static boolean inRole(String role) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(role);
    }
}
