package fr.fabrikaprojets.view.porteur;

import fr.fabrikaprojets.application.MinutesForHolder;
import fr.fabrikaprojets.application.PresentationService;
import fr.fabrikaprojets.domain.model.advice.Advice;
import fr.fabrikaprojets.view.Feedback;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The holder's page ({@code porteur/compte-rendu.xhtml?jeton=…}), opened from their e-mail without an account: the
 * minutes of their presentation to validate or correct, and the partners' shared advice to reply to.
 */
@Named
@ViewScoped
public class MinutesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PresentationService presentations;

    private String token;
    private MinutesForHolder minutes;
    private String correction;
    private boolean answered;
    private final Map<Long, String> replies = new HashMap<>();

    public void load() {
        if (answered) {
            return;
        }
        if (!Feedback.attempt(() -> minutes = presentations.forHolder(token))) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public void validate() {
        if (Feedback.attempt(() -> presentations.validateAsHolder(token))) {
            answered = true;
            Feedback.info("holder.minutes.thanksValidated");
        }
    }

    public void askCorrection() {
        if (Feedback.attempt(() -> presentations.askCorrectionAsHolder(token, correction))) {
            answered = true;
            Feedback.info("holder.minutes.thanksCorrection");
        }
    }

    public void reply(Advice advice) {
        if (Feedback.attempt(() -> presentations.replyToAdvice(token, advice.getId(), replies.get(advice.getId())))) {
            Feedback.info("holder.minutes.thanksReply");
            minutes = presentations.forHolder(token);
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public MinutesForHolder getMinutes() {
        return minutes;
    }

    public boolean isAnswered() {
        return answered;
    }

    public String getCorrection() {
        return correction;
    }

    public void setCorrection(String correction) {
        this.correction = correction;
    }

    public Map<Long, String> getReplies() {
        return replies;
    }
}
