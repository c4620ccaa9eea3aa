package fr.fabrikaprojets.it.institution;

import fr.fabrikaprojets.domain.model.identity.PeopleDirectory;
import fr.fabrikaprojets.domain.model.identity.UserAccount;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.Optional;

/** An institution's directory (its LDAP, here a rule): the address it knows for each account. */
@Alternative
@Priority(100)
@ApplicationScoped
public class InstitutionDirectory implements PeopleDirectory {

    public static final String DOMAIN = "@annuaire.institution.example";

    @Override
    public Optional<String> emailOf(UserAccount account) {
        return Optional.of(account.getUsername() + DOMAIN);
    }
}
