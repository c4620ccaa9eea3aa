package fr.fabrikaprojets.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;

/**
 * Logs the user out: the container forgets the identity and the HTTP session is discarded; someone signed in through
 * the partners' SSO is then sent to end their session there too, which brings them back to the home page.
 */
@Named
@RequestScoped
public class LogoutBacking {

    @Inject
    private SsoLogin sso;

    public String logout() throws ServletException, IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        Optional<String> endOfSession = sso.endOfSession(external);
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        if (endOfSession.isPresent()) {
            external.redirect(endOfSession.get());
            faces.responseComplete();
            return null;
        }
        Feedback.info("logout.done");
        return "/index.xhtml?faces-redirect=true";
    }
}
