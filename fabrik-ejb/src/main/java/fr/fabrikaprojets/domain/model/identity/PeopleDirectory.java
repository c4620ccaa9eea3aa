package fr.fabrikaprojets.domain.model.identity;

import java.util.Optional;

/**
 * Where Fabrik finds how to reach a person who has an account (a partner's member asked for advice, the members of
 * an organisation an orientation waits on). Built in: the address kept with the account
 * ({@code infrastructure.directory.AccountsDirectory}). An institution whose people live in its LDAP or Active
 * Directory plugs its own as a CDI alternative in a jar of the EAR's {@code lib/}:
 *
 * <pre>
 * &#64;Alternative &#64;Priority(100) &#64;ApplicationScoped
 * public class InstitutionDirectory implements PeopleDirectory {
 *     public Optional&lt;String&gt; emailOf(UserAccount account) { return ldap.mailOf(account.getUsername()); }
 * }
 * </pre>
 */
public interface PeopleDirectory {

    /** The person's e-mail address, or empty when none is known (nobody is then written to). */
    Optional<String> emailOf(UserAccount account);
}
