package fr.fabrikaprojets.view.projets;

import fr.fabrikaprojets.application.FollowUpService;
import fr.fabrikaprojets.domain.model.project.Action;
import fr.fabrikaprojets.view.Feedback;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The project page's next steps: listed with their owner and due date, added, marked done or cancelled. */
@Named
@ViewScoped
public class ProjectActionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private FollowUpService followUp;

    @Inject
    private ProjectBacking page;

    private String description;
    private String owner;
    private LocalDate dueDate;

    public List<Action> getList() {
        return page.getFile() == null ? List.of() : page.getFile().getActions();
    }

    public boolean isOverdue(Action action) {
        return action.isOverdue(LocalDate.now(ZoneId.of("Europe/Paris")));
    }

    public String add() {
        return Feedback.attempt(() -> followUp.addAction(page.getProject().getId(), description, owner, dueDate))
                ? reload("action.added") : null;
    }

    public String done(Action action) {
        return close(action, Action.Status.DONE);
    }

    public String cancel(Action action) {
        return close(action, Action.Status.CANCELLED);
    }

    private String close(Action action, Action.Status outcome) {
        return Feedback.attempt(() -> followUp.closeAction(action.getId(), action.getVersion(), outcome))
                ? reload("action.closed") : null;
    }

    private String reload(String message) {
        Feedback.info(message);
        return page.reloadAt(ProjectTab.ACTIONS);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }
}
