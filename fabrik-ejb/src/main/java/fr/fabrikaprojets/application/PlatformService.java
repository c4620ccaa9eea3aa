package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.commune.Commune;
import fr.fabrikaprojets.domain.model.platform.Platform;
import jakarta.ejb.Local;
import java.util.List;
import java.util.Set;

/**
 * The territories of one deployment: Lens-Liévin first, others (Arras, Hénin-Carvin…) added by an admin, each with
 * its communes and the people who work on it. A person's roles apply to the platforms they belong to.
 */
@Local
public interface PlatformService {

    /** Every platform of the deployment, by name (a handful; at most 100). */
    List<Platform> platforms();

    /** The codes of the platforms whose non-public data the caller may see (none for the anonymous public). */
    Set<String> myPlatforms();

    /** A new platform, its sessions on the last Friday of the month, 09:00–12:00, in Europe/Paris (admin). */
    Platform createPlatform(String code, String name);

    /** Adds a commune to a platform's territory; a commune belongs to one territory only (admin). */
    Commune addCommune(String platformCode, String inseeCode, String name, String postalCode, int population);

    /** Makes an account a member of a platform (admin). */
    void grantMembership(String username, String platformCode);

    /** Takes a platform away from an account (admin). */
    void revokeMembership(String username, String platformCode);

    /** The accounts that belong to a platform, by username (admin; at most 500). */
    List<PlatformMember> members(String platformCode);
}
