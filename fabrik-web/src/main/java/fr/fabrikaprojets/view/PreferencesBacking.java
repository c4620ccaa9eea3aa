package fr.fabrikaprojets.view;

import fr.fabrikaprojets.application.DigestService;
import fr.fabrikaprojets.application.IdentityService;
import fr.fabrikaprojets.domain.shared.Language;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/**
 * The person's preferences ({@code espace/preferences.xhtml}): e-mails one by one, or a weekly digest; the language of
 * pages and e-mails (French, English, or the browser's), which applies at once.
 */
@Named
@ViewScoped
public class PreferencesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DigestService digests;

    @EJB
    private IdentityService identity;

    private String frequency;
    private String language;

    public void load() {
        frequency = digests.weeklyDigest() ? "WEEKLY" : "IMMEDIATE";
        language = identity.language() == null ? "" : identity.language();
    }

    /** Saves both choices; the page comes back in the language chosen. */
    public String save() {
        if (!Feedback.attempt(() -> {
            digests.chooseWeeklyDigest("WEEKLY".equals(frequency));
            identity.chooseLanguage(language);
        })) {
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        String chosen = Language.chosen(language);
        PageLanguage.remember(request.getSession(), request.getRemoteUser(), chosen);
        faces.getViewRoot().setLocale(PageLanguage.of(request));
        Feedback.info("WEEKLY".equals(frequency) ? "preferences.savedWeekly" : "preferences.savedImmediate");
        return "/espace/preferences?faces-redirect=true";
    }

    public String getFrequency() {
        return frequency;
    }

    public void setFrequency(String frequency) {
        this.frequency = frequency;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
