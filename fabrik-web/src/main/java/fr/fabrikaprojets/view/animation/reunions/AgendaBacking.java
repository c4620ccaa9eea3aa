package fr.fabrikaprojets.view.animation.reunions;

import fr.fabrikaprojets.application.AgendaView;
import fr.fabrikaprojets.application.PresentationService;
import fr.fabrikaprojets.domain.model.presentation.Presentation;
import fr.fabrikaprojets.view.Feedback;
import fr.fabrikaprojets.web.PageParameters;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.ReorderEvent;

/**
 * The coordinator's agenda of a session ({@code animation/reunions/ordre-du-jour.xhtml?id=12}): presentations put in
 * order by dragging the rows (or with the "monter" and "descendre" buttons, for the keyboard), and their durations.
 */
@Named
@ViewScoped
public class AgendaBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PresentationService presentations;

    private String id;
    private AgendaView agenda;
    private final Map<Long, String> durations = new HashMap<>();

    public void load() {
        Long parsed = PageParameters.id(id);
        if (parsed == null || !Feedback.attempt(() -> agenda = presentations.agenda(parsed))) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            agenda = null;
            return;
        }
        refreshDurations();
    }

    /** PrimeFaces tells which row moved where; the service checks the list is still the agenda it knows. */
    public void onRowReorder(ReorderEvent event) {
        List<Long> order = order();
        Long moved = order.remove(event.getFromIndex());
        order.add(event.getToIndex(), moved);
        apply(order);
    }

    public void moveUp(Presentation presentation) {
        move(presentation, -1);
    }

    public void moveDown(Presentation presentation) {
        move(presentation, 1);
    }

    public void saveDuration(Presentation presentation) {
        int minutes = minutes(durations.get(presentation.getId()));
        if (Feedback.attempt(() -> presentations.changeDuration(presentation.getId(), presentation.getVersion(),
                minutes))) {
            Feedback.info("agenda.saved");
        }
        reload();
    }

    private void move(Presentation presentation, int by) {
        List<Long> order = order();
        int from = order.indexOf(presentation.getId());
        int to = from + by;
        if (from < 0 || to < 0 || to >= order.size()) {
            return;
        }
        order.remove(from);
        order.add(to, presentation.getId());
        apply(order);
    }

    private void apply(List<Long> order) {
        if (Feedback.attempt(() -> agenda = presentations.reorder(agenda.getSession().getId(), order))) {
            Feedback.info("agenda.saved");
        }
        reload();
    }

    private void reload() {
        agenda = presentations.agenda(agenda.getSession().getId());
        refreshDurations();
    }

    private void refreshDurations() {
        durations.clear();
        agenda.getSlots().forEach(slot -> durations.put(slot.getPresentation().getId(),
                String.valueOf(slot.getPresentation().getDurationMinutes())));
    }

    /** What was typed, as minutes; anything else is 0, which the service refuses with its message. */
    private static int minutes(String typed) {
        try {
            return typed == null ? 0 : Integer.parseInt(typed.strip());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private List<Long> order() {
        return new ArrayList<>(agenda.getSlots().stream().map(slot -> slot.getPresentation().getId()).toList());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public AgendaView getAgenda() {
        return agenda;
    }

    public Map<Long, String> getDurations() {
        return durations;
    }
}
