package fr.fabrikaprojets.view.tempsforts;

import fr.fabrikaprojets.application.TempsFortsService;
import fr.fabrikaprojets.domain.model.event.EventRegistration;
import fr.fabrikaprojets.domain.model.event.EventRoll;
import fr.fabrikaprojets.domain.model.event.PublicEvent;
import fr.fabrikaprojets.domain.model.session.Enrolment;
import fr.fabrikaprojets.domain.model.session.ParticipantKind;
import fr.fabrikaprojets.domain.shared.Roles;
import fr.fabrikaprojets.view.Feedback;
import fr.fabrikaprojets.web.PageParameters;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An event's page ({@code temps-forts/evenement.xhtml?id=12}): what, when, where, who speaks, the places left, and
 * the registration of anyone (name, an e-mail or a phone, consent); afterwards, what is kept of it.
 */
@Named
@ViewScoped
public class EventBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TempsFortsService tempsForts;

    private String id;
    private PublicEvent event;
    private int placesLeft;
    private String name;
    private String email;
    private String phone;
    private boolean consent;
    private boolean registered;
    private boolean waiting;
    private List<EventRegistration> registeredPeople = List.of();
    private List<EventRegistration> waitingPeople = List.of();
    private List<String> present = new ArrayList<>();
    private String summary;

    public void load() {
        Long eventId = PageParameters.id(id);
        if (eventId == null) {
            return;
        }
        Feedback.obtain(() -> tempsForts.event(eventId)).ifPresent(found -> {
            event = found;
            placesLeft = tempsForts.placesLeft(eventId);
            if (isTeam()) {
                EventRoll roll = tempsForts.roll(eventId);
                registeredPeople = new ArrayList<>(roll.registered());
                waitingPeople = new ArrayList<>(roll.waiting());
            }
        });
    }

    /** The team reads the registrations; the coordinator records the event as held. */
    public boolean isTeam() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Roles.COORDINATOR) || external.isUserInRole(Roles.STAFF)
                || external.isUserInRole(Roles.ADMIN);
    }

    public void cancelRegistration(long registrationId) {
        Feedback.obtain(() -> tempsForts.cancelRegistration(event.getId(), registrationId)).ifPresent(roll -> {
            Feedback.info("event.registration.cancelled");
            load();
        });
    }

    public void recordHeld() {
        Set<Long> ids = present.stream().map(Long::valueOf).collect(Collectors.toSet());
        Feedback.obtain(() -> tempsForts.recordHeld(event.getId(), event.getVersion(), ids, summary))
                .ifPresent(held -> {
                    Feedback.info("event.held.done");
                    load();
                });
    }

    public void register() {
        if (event == null) {
            return;
        }
        Feedback.obtain(() -> tempsForts.register(event.getId(), name, email, phone, ParticipantKind.INHABITANT,
                consent)).ifPresent(this::registered);
    }

    private void registered(EventRegistration registration) {
        registered = true;
        waiting = registration.getStatus() == Enrolment.Status.WAITING;
        Feedback.info(waiting ? "event.register.waiting" : "event.register.done");
        placesLeft = tempsForts.placesLeft(event.getId());
    }

    public List<EventRegistration> getRegisteredPeople() {
        return registeredPeople;
    }

    public List<EventRegistration> getWaitingPeople() {
        return waitingPeople;
    }

    public List<String> getPresent() {
        return present;
    }

    public void setPresent(List<String> present) {
        this.present = present == null ? new ArrayList<>() : new ArrayList<>(present);
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public PublicEvent getEvent() {
        return event;
    }

    public int getPlacesLeft() {
        return placesLeft;
    }

    public boolean isRegistered() {
        return registered;
    }

    public boolean isWaiting() {
        return waiting;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
