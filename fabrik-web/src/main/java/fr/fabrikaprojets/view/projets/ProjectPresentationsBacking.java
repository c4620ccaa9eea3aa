package fr.fabrikaprojets.view.projets;

import fr.fabrikaprojets.application.PresentationService;
import fr.fabrikaprojets.domain.model.presentation.Presentation;
import fr.fabrikaprojets.domain.model.session.Session;
import fr.fabrikaprojets.view.Feedback;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The project page's presentations: booking a slot in a coming session, and the minutes of each presentation. */
@Named
@ViewScoped
public class ProjectPresentationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PresentationService presentations;

    @Inject
    private ProjectBacking page;

    private Long sessionId;
    private int minutes = PresentationService.DEFAULT_MINUTES;
    private final Map<Long, String> drafts = new HashMap<>();

    public List<Presentation> getList() {
        if (page.getFile() == null) {
            return List.of();
        }
        List<Presentation> list = page.getFile().getPresentations();
        list.forEach(p -> drafts.putIfAbsent(p.getId(), p.getMinutes()));
        return list;
    }

    /** The sessions still to come this year and next, not cancelled: where a presentation can be booked. */
    public List<Session> getUpcoming() {
        return page.getFile() == null ? List.of() : page.getFile().getBookableSessions();
    }

    public String book() {
        if (sessionId == null) {
            Feedback.error(Feedback.text("presentation.chooseSession"));
            return null;
        }
        return Feedback.attempt(() -> presentations.book(sessionId, page.getProject().getId(), minutes))
                ? reload("presentation.booked") : null;
    }

    public String saveMinutes(Presentation presentation) {
        return Feedback.attempt(() -> presentations.writeMinutes(presentation.getId(), presentation.getVersion(),
                drafts.get(presentation.getId()))) ? reload("presentation.minutesSaved") : null;
    }

    public String sendMinutes(Presentation presentation) {
        return Feedback.attempt(() -> presentations.sendMinutes(presentation.getId(), presentation.getVersion()))
                ? reload("presentation.minutesSent") : null;
    }

    public String recordValidation(Presentation presentation) {
        return Feedback.attempt(() -> presentations.recordValidation(presentation.getId(),
                presentation.getVersion())) ? reload("presentation.validationRecorded") : null;
    }

    public String cancel(Presentation presentation) {
        return Feedback.attempt(() -> presentations.cancel(presentation.getId(), presentation.getVersion()))
                ? reload("presentation.cancelled") : null;
    }

    private String reload(String message) {
        Feedback.info(message);
        return page.reloadAt(ProjectTab.PRESENTATIONS);
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public int getMinutes() {
        return minutes;
    }

    public void setMinutes(int minutes) {
        this.minutes = minutes;
    }

    public Map<Long, String> getDrafts() {
        return drafts;
    }
}
