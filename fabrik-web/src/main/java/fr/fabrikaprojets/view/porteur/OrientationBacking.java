package fr.fabrikaprojets.view.porteur;

import fr.fabrikaprojets.application.OrientationService;
import fr.fabrikaprojets.domain.model.orientation.Orientation;
import fr.fabrikaprojets.domain.model.orientation.Usefulness;
import fr.fabrikaprojets.view.Feedback;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** The holder's one question ({@code porteur/orientation.xhtml?jeton=…}): was the orientation useful? */
@Named
@ViewScoped
public class OrientationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OrientationService orientations;

    private String token;
    private Orientation orientation;
    private boolean answered;

    public void load() {
        if (answered) {
            return;
        }
        if (!Feedback.attempt(() -> orientation = orientations.forHolder(token))) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public void useful() {
        answer(Usefulness.USEFUL);
    }

    public void notUseful() {
        answer(Usefulness.NOT_USEFUL);
    }

    private void answer(Usefulness usefulness) {
        if (Feedback.attempt(() -> orientations.answerUsefulness(token, usefulness))) {
            answered = true;
            Feedback.info("holder.orientation.thanks");
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public Orientation getOrientation() {
        return orientation;
    }

    public boolean isAnswered() {
        return answered;
    }
}
