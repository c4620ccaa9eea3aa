package fr.fabrikaprojets.view.animation.reunions;

import fr.fabrikaprojets.application.RegistrationService;
import fr.fabrikaprojets.application.RollView;
import fr.fabrikaprojets.domain.model.session.Registration;
import fr.fabrikaprojets.view.Feedback;
import fr.fabrikaprojets.web.PageParameters;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The coordinator's registrations of a session ({@code animation/reunions/inscrits.xhtml?id=12}): places, who is
 * registered or waiting, who came on the day, which partners were represented, the sign-in sheet.
 */
@Named
@ViewScoped
public class RollBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RegistrationService registrations;

    private String id;
    private RollView roll;
    private String capacity;
    private final Map<Long, Object> present = new HashMap<>();

    public void load() {
        Long parsed = PageParameters.id(id);
        if (parsed == null || !Feedback.attempt(() -> roll = registrations.roll(parsed))) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            roll = null;
            return;
        }
        refresh(roll);
    }

    public void saveCapacity() {
        int places;
        try {
            places = Integer.parseInt(capacity == null ? "" : capacity.strip());
        } catch (NumberFormatException notANumber) {
            Feedback.error(Feedback.text("roll.capacityNumber"));
            return;
        }
        if (Feedback.attempt(() -> roll = registrations.changeCapacity(roll.getSession().getId(),
                roll.getSession().getVersion(), places))) {
            Feedback.info("roll.saved");
        }
        refresh(registrations.roll(roll.getSession().getId()));
    }

    public void saveAttendance() {
        Set<Long> came = present.entrySet().stream()
                .filter(entry -> Boolean.TRUE.equals(entry.getValue()) || "true".equals(entry.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        if (Feedback.attempt(() -> roll = registrations.recordAttendance(roll.getSession().getId(), came))) {
            Feedback.info("roll.attendanceSaved");
        }
        refresh(roll);
    }

    public void cancel(Registration registration) {
        if (Feedback.attempt(() -> registrations.cancel(registration.getId(), registration.getVersion()))) {
            Feedback.info("roll.cancelled");
        }
        refresh(registrations.roll(roll.getSession().getId()));
    }

    private void refresh(RollView view) {
        roll = view;
        capacity = String.valueOf(view.getSession().getCapacity());
        present.clear();
        view.getRegistered().forEach(r -> present.put(r.getId(), Boolean.TRUE.equals(r.getAttended())));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public RollView getRoll() {
        return roll;
    }

    public String getCapacity() {
        return capacity;
    }

    public void setCapacity(String capacity) {
        this.capacity = capacity;
    }

    public Map<Long, Object> getPresent() {
        return present;
    }
}
