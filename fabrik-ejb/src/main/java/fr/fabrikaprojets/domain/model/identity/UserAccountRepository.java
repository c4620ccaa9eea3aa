package fr.fabrikaprojets.domain.model.identity;

import java.util.Optional;

public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    void store(UserAccount account);
}
