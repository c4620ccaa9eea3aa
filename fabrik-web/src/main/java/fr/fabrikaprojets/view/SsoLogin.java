package fr.fabrikaprojets.view;

import fr.fabrikaprojets.domain.shared.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The partners' SSO as the pages see it: offered on the login page once an administrator has named the provider
 * ({@code -Dfabrik.oidc.provider.url}). Signing out of it is {@code web.SignOut}'s.
 */
@Named
@ApplicationScoped
public class SsoLogin {

    static final String PROVIDER = "fabrik.oidc.provider.url";

    public boolean isOffered() {
        return Settings.value(PROVIDER).isPresent();
    }
}
