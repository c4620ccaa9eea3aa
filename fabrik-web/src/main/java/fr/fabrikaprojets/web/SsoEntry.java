package fr.fabrikaprojets.web;

import fr.fabrikaprojets.domain.shared.Settings;
import fr.fabrikaprojets.application.IdentityService;
import fr.fabrikaprojets.application.SsoProfile;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Logger;
import org.wildfly.security.http.oidc.IDToken;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * {@code /connexion/sso}: where partner associations' members enter. The server's OIDC mechanism sends the browser
 * to the shared SSO from here and back with a code; once signed in, the person's account is created or brought up to
 * date from the token (name, e-mail, organisation) and they land on their requests. Someone signed in with a password
 * who follows the link just goes to the home page.
 */
@WebServlet("/connexion/sso")
public class SsoEntry extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SsoEntry.class.getName());
    /** The claim naming the person's organisation by its short name in Fabrik's directory. */
    static final String ORGANISATION_CLAIM = "fabrik.oidc.organisation.claim";

    @EJB
    private IdentityService identity;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String home = request.getContextPath();
        if (!(request.getUserPrincipal() instanceof OidcPrincipal<?> partner)
                || partner.getOidcSecurityContext().getIDToken() == null) {
            response.sendRedirect(home + "/index.xhtml");
            return;
        }
        IDToken token = partner.getOidcSecurityContext().getIDToken();
        SsoProfile profile = new SsoProfile(partner.getName(), token.getClaimValueAsString("name"),
                token.getClaimValueAsString("email"),
                token.getClaimValueAsString(Settings.text(ORGANISATION_CLAIM, "organisation")));
        try {
            identity.arriveThroughSso(profile);
        } catch (RuntimeException refused) {
            // Refused (a namesake, a name too long) or failed: nobody stays signed in without an account behind.
            LOG.warning(() -> "Arrivée par le SSO refusée : " + (refused instanceof BusinessException
                    ? refused.getMessage() : refused.toString()));
            request.logout();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(home + "/connexion.xhtml?sso=refus");
            return;
        }
        response.sendRedirect(home + "/espace/demandes.xhtml");
    }
}
