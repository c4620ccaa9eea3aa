package fr.fabrikaprojets.view;

import fr.fabrikaprojets.application.DigestService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** The person's preferences ({@code espace/preferences.xhtml}): e-mails one by one, or a weekly digest. */
@Named
@ViewScoped
public class PreferencesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DigestService digests;

    private String frequency;

    public void load() {
        frequency = digests.weeklyDigest() ? "WEEKLY" : "IMMEDIATE";
    }

    public void save() {
        if (Feedback.attempt(() -> digests.chooseWeeklyDigest("WEEKLY".equals(frequency)))) {
            Feedback.info("WEEKLY".equals(frequency) ? "preferences.savedWeekly" : "preferences.savedImmediate");
        }
    }

    public String getFrequency() {
        return frequency;
    }

    public void setFrequency(String frequency) {
        this.frequency = frequency;
    }
}
