package fr.fabrikaprojets.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** Logs the user out: the container forgets the identity and the HTTP session is discarded. */
@Named
@RequestScoped
public class LogoutBacking {

    public String logout() throws ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        Feedback.info("logout.done");
        return "/index.xhtml?faces-redirect=true";
    }
}
