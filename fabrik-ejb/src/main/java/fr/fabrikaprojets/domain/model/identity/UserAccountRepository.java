package fr.fabrikaprojets.domain.model.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    void store(UserAccount account);

    /** The enabled members of an organisation, by name; at most {@code max}. */
    List<UserAccount> membersOf(long organisationId, int max);

    /** The enabled members of the partner organisations of a platform, by organisation then name; at most max. */
    List<UserAccount> partnerMembers(long platformId, int max);

    /**
     * The platforms an account works on, in one statement: its own and that of its organisation; empty when there is
     * no enabled account of this name signing in that way ({@code sso} or with a password).
     */
    Optional<Set<String>> platformsOf(String username, boolean sso);

    /** The accounts that belong to a platform, by username; at most max. */
    List<UserAccount> membersOfPlatform(String platformCode, int max);

    /** The language chosen by the enabled account of this e-mail address, if any ("fr", "en"). */
    Optional<String> languageOf(String email);

    /** Whether an account with this e-mail address asked for a weekly digest. */
    boolean wantsWeeklyDigest(String email);
}
