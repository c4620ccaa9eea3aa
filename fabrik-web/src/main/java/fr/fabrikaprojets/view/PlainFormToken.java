package fr.fabrikaprojets.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

/**
 * The {@link FormToken} of the plain HTML forms Faces does not write: the sign-in form, posted to FORM
 * authentication, and the sign-out button, posted to {@code web.SignOut}.
 */
@Named
@RequestScoped
public class PlainFormToken {

    public String getValue() {
        return FormToken.of((HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true));
    }
}
