package fr.fabrikaprojets.view;

import fr.fabrikaprojets.domain.shared.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * The partners' SSO as the pages see it: offered on the login page once an administrator has named the provider
 * ({@code -Dfabrik.oidc.provider.url}); and, at logout, the provider's end of session, without which the next
 * arrival would sign the person in again without asking.
 */
@Named
@ApplicationScoped
public class SsoLogin {

    static final String PROVIDER = "fabrik.oidc.provider.url";
    static final String LOGOUT = "fabrik.oidc.logout.url";

    public boolean isOffered() {
        return Settings.value(PROVIDER).isPresent();
    }

    /**
     * Where to send someone signed in through the SSO once Fabrik has forgotten them: the provider's end of session
     * (Keycloak's by default, {@code -Dfabrik.oidc.logout.url} otherwise), back to Fabrik's home page.
     */
    Optional<String> endOfSession(ExternalContext external) {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (!(request.getUserPrincipal() instanceof OidcPrincipal<?> partner)
                || partner.getOidcSecurityContext().getIDTokenString() == null) {
            return Optional.empty();
        }
        String issuer = partner.getOidcSecurityContext().getIDToken().getIssuer();
        String logout = Settings.text(LOGOUT, issuer + "/protocol/openid-connect/logout");
        String home = request.getRequestURL().toString().replace(request.getRequestURI(), "")
                + request.getContextPath() + "/index.xhtml";
        return Optional.of(logout + "?id_token_hint=" + encode(partner.getOidcSecurityContext().getIDTokenString())
                + "&post_logout_redirect_uri=" + encode(home));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
