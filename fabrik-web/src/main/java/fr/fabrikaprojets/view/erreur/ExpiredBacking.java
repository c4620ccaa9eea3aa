package fr.fabrikaprojets.view.erreur;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;

/**
 * The page shown for a form the server cannot trust ({@code erreur/expiree.xhtml}): its page state expired or is
 * forged (refused before anything is read), or its script nonce is not the page's (which PrimeFaces finds only when
 * writing the answer). Either is the client's error (400), not a failure of the server (500).
 */
@Named
@RequestScoped
public class ExpiredBacking {

    /** Whether a failure is one of the untrusted forms this page answers ({@code UntrustedForms}, web.xml). */
    public static boolean untrustedForm(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException || "org.primefaces.csp.CspException".equals(
                    cause.getClass().getName())) {
                return true;
            }
        }
        return false;
    }

    public void answer() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION) != null) {
            external.setResponseStatus(400);
        }
    }
}
