package fr.fabrikaprojets.web;

import fr.fabrikaprojets.domain.shared.Settings;
import fr.fabrikaprojets.view.FormToken;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * {@code /deconnexion}: the "Se déconnecter" button of every page posts here, with the session's {@link FormToken}.
 * The container forgets the identity and the session is discarded; someone signed in through the partners' SSO is
 * then sent to end their session there too (without which the next arrival would sign them in again without asking),
 * which brings them back to the home page. An address of its own, rather than a Faces form of each page: signing out
 * does not depend on a page's kept state, and a scanner told to avoid this one address stays signed in.
 */
@WebServlet("/deconnexion")
public class SignOut extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String LOGOUT = "fabrik.oidc.logout.url";
    private static final String SIGNED_OUT = "/index.xhtml?deconnecte=1";

    /** Signing out changes something: never on a mere visit of the address. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/index.xhtml");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (request.getRemoteUser() == null) {
            response.sendRedirect(request.getContextPath() + SIGNED_OUT);
            return;
        }
        if (!FormToken.sentBack(request)) {
            // Another site's page posting here would sign the person out behind their back.
            FormPosts.refuse(request, response);
            return;
        }
        Optional<String> endOfSession = endOfSession(request);
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(endOfSession.orElse(request.getContextPath() + SIGNED_OUT));
    }

    /**
     * Where to send someone signed in through the SSO once Fabrik has forgotten them: the provider's end of session
     * (Keycloak's by default, {@code -Dfabrik.oidc.logout.url} otherwise), back to Fabrik's home page.
     */
    private static Optional<String> endOfSession(HttpServletRequest request) {
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
