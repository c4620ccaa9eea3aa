package fr.fabrikaprojets.infrastructure.directory;

import fr.fabrikaprojets.domain.model.identity.PeopleDirectory;
import fr.fabrikaprojets.domain.model.identity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The built-in people directory: Fabrik's own accounts, with the address given when the account was made. */
@ApplicationScoped
public class AccountsDirectory implements PeopleDirectory {

    @Override
    public Optional<String> emailOf(UserAccount account) {
        return Optional.ofNullable(account.getEmail()).filter(email -> !email.isBlank());
    }
}
