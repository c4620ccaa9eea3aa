package fr.fabrikaprojets.view.animation.reunions;

import fr.fabrikaprojets.application.ReferenceDataService;
import fr.fabrikaprojets.application.SessionCalendarService;
import fr.fabrikaprojets.application.SessionEdit;
import fr.fabrikaprojets.domain.model.commune.Commune;
import fr.fabrikaprojets.domain.model.session.Session;
import fr.fabrikaprojets.domain.model.session.SessionMode;
import fr.fabrikaprojets.view.CurrentPlatform;
import fr.fabrikaprojets.view.Feedback;
import fr.fabrikaprojets.view.Formats;
import fr.fabrikaprojets.web.PageParameters;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The coordinator's form for one session ({@code animation/reunions/modifier.xhtml?id=12}): date and times, place
 * (or "Lieu à déterminer"), mode and videoconference link; then confirm, mark as held or cancel with a reason.
 * The form keeps the version it was loaded with, so a concurrent change is refused instead of overwritten.
 */
@Named
@ViewScoped
public class EditSessionBacking implements Serializable {

    @Inject
    private CurrentPlatform currentPlatform;

    private static final long serialVersionUID = 1L;

    @EJB
    private SessionCalendarService calendar;

    @EJB
    private ReferenceDataService referenceData;

    @Inject
    private Formats formats;

    private String id;
    private Session session;
    private List<Commune> communes = List.of();

    private long version;
    private LocalDate date;
    private LocalTime startTime;
    private LocalTime endTime;
    private String communeCode;
    private String venue;
    private String address;
    private SessionMode mode;
    private String videoLink;
    private String cancellationReason;

    public void load() {
        Long parsed = PageParameters.id(id);
        session = parsed == null ? null : calendar.findSession(parsed).orElse(null);
        if (session == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            return;
        }
        communes = referenceData.communes(session.getPlatform().getCode());
        fill(session);
    }

    public String save() {
        SessionEdit edit = new SessionEdit(session.getId(), version, date, startTime, endTime, communeCode, venue,
                address, mode, videoLink);
        long before = version;
        if (Feedback.attempt(() -> session = calendar.editSession(edit))) {
            Feedback.info(session.getVersion() == before ? "edit.unchanged" : "edit.saved");
            return redirectToSession();
        }
        return null;
    }

    public String confirm() {
        if (Feedback.attempt(() -> session = calendar.confirmSession(session.getId(), version))) {
            Feedback.info("edit.confirmed");
            return redirectToSession();
        }
        return null;
    }

    public String markHeld() {
        if (Feedback.attempt(() -> session = calendar.markHeld(session.getId(), version))) {
            Feedback.info("edit.heldDone");
            return redirectToSession();
        }
        return null;
    }

    public String cancel() {
        if (Feedback.attempt(() -> session = calendar.cancelSession(session.getId(), version, cancellationReason))) {
            Feedback.info("edit.cancelled");
            return redirectToSession();
        }
        return null;
    }

    private String redirectToSession() {
        return "/reunions/reunion.xhtml?faces-redirect=true&id=" + session.getId();
    }

    private void fill(Session loaded) {
        version = loaded.getVersion();
        date = loaded.getDate();
        startTime = loaded.getStartTime();
        endTime = loaded.getEndTime();
        communeCode = loaded.getPlace().isDecided() ? loaded.getPlace().getCommune().getInseeCode() : null;
        venue = loaded.getPlace().getVenue();
        address = loaded.getPlace().getAddress();
        mode = loaded.getMode();
        videoLink = loaded.getVideoLink();
    }


    public String getCancelConfirmation() {
        return Feedback.text("edit.cancelConfirm", formats.longDate(session.getDate()));
    }

    public SessionMode[] getModes() {
        return SessionMode.values();
    }

    public String getPlatformName() {
        return session == null ? currentPlatform.getCode() : session.getPlatform().getName();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Session getSession() {
        return session;
    }

    public List<Commune> getCommunes() {
        return communes;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
    }

    public String getCommuneCode() {
        return communeCode;
    }

    public void setCommuneCode(String communeCode) {
        this.communeCode = communeCode;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public SessionMode getMode() {
        return mode;
    }

    public void setMode(SessionMode mode) {
        this.mode = mode;
    }

    public String getVideoLink() {
        return videoLink;
    }

    public void setVideoLink(String videoLink) {
        this.videoLink = videoLink;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public void setCancellationReason(String cancellationReason) {
        this.cancellationReason = cancellationReason;
    }
}
