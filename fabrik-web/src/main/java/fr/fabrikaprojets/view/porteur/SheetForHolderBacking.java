package fr.fabrikaprojets.view.porteur;

import fr.fabrikaprojets.application.CapitalisationService;
import fr.fabrikaprojets.domain.model.capitalisation.ExperienceSheet;
import fr.fabrikaprojets.domain.model.capitalisation.Publication;
import fr.fabrikaprojets.view.Feedback;
import fr.fabrikaprojets.view.FormValues;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The holder's link to their experience sheet ({@code porteur/fiche.xhtml?jeton=…}): they read it, add what worked
 * and what blocked, and decide whether it is published, under their name or not.
 */
@Named
@ViewScoped
public class SheetForHolderBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CapitalisationService capitalisation;

    private String token;
    private ExperienceSheet sheet;
    private String whatWorked;
    private String whatBlocked;
    private String decision;
    private boolean decided;

    public void load() {
        if (decided) {
            return;
        }
        sheet = Feedback.obtain(() -> capitalisation.forHolder(token)).orElse(null);
        if (sheet == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            return;
        }
        whatWorked = sheet.getWhatWorked();
        whatBlocked = sheet.getWhatBlocked();
    }

    public void decide() {
        Publication chosen = FormValues.parse(Publication.class, decision);
        if (chosen == null) {
            Feedback.error(Feedback.text("holder.sheet.choose"));
            return;
        }
        if (Feedback.attempt(() -> capitalisation.decideAsHolder(token, sheet.getVersion(), whatWorked, whatBlocked,
                chosen))) {
            decided = true;
            Feedback.info(chosen.isPublished() ? "holder.sheet.published" : "holder.sheet.kept");
        } else {
            sheet = Feedback.obtain(() -> capitalisation.forHolder(token)).orElse(sheet);
        }
    }

    public Publication[] getPublications() {
        return Publication.values();
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public ExperienceSheet getSheet() {
        return sheet;
    }

    public boolean isDecided() {
        return decided;
    }

    public String getWhatWorked() {
        return whatWorked;
    }

    public void setWhatWorked(String whatWorked) {
        this.whatWorked = whatWorked;
    }

    public String getWhatBlocked() {
        return whatBlocked;
    }

    public void setWhatBlocked(String whatBlocked) {
        this.whatBlocked = whatBlocked;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }
}
