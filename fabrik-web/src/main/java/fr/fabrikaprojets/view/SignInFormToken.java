package fr.fabrikaprojets.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

/** The sign-in form's {@link FormToken}: a plain HTML form posted to FORM authentication, which Faces does not write. */
@Named
@RequestScoped
public class SignInFormToken {

    public String getValue() {
        return FormToken.of((HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true));
    }
}
