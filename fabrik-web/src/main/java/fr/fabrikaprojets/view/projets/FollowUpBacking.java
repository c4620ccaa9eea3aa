package fr.fabrikaprojets.view.projets;

import fr.fabrikaprojets.application.FollowUpService;
import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.domain.model.project.Action;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.view.CurrentPlatform;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The coordinator's follow-up list ({@code projets/suivi.xhtml}): projects where nothing happened for a while, and
 * actions past their due date; each list paginated on its own.
 */
@Named
@RequestScoped
public class FollowUpBacking {

    @Inject
    private CurrentPlatform currentPlatform;

    static final int PAGE_SIZE = 20;

    @EJB
    private FollowUpService followUp;

    private int inactiveFirst;
    private int overdueFirst;
    private Page<Project> inactive;
    private Page<Action> overdue;
    private int days;

    public void load() {
        inactive = followUp.inactiveProjects(currentPlatform.getCode(), inactiveFirst, PAGE_SIZE);
        overdue = followUp.overdueActions(currentPlatform.getCode(), overdueFirst, PAGE_SIZE);
        days = followUp.inactivityDays();
    }

    public Page<Project> getInactive() {
        return inactive;
    }

    public Page<Action> getOverdue() {
        return overdue;
    }

    public int getDays() {
        return days;
    }

    public int getInactiveFirst() {
        return inactiveFirst;
    }

    public void setInactiveFirst(int inactiveFirst) {
        this.inactiveFirst = Math.max(0, inactiveFirst);
    }

    public int getOverdueFirst() {
        return overdueFirst;
    }

    public void setOverdueFirst(int overdueFirst) {
        this.overdueFirst = Math.max(0, overdueFirst);
    }

    public int getNextInactiveFirst() {
        return inactiveFirst + PAGE_SIZE;
    }

    public int getPreviousInactiveFirst() {
        return Math.max(0, inactiveFirst - PAGE_SIZE);
    }

    public int getNextOverdueFirst() {
        return overdueFirst + PAGE_SIZE;
    }

    public int getPreviousOverdueFirst() {
        return Math.max(0, overdueFirst - PAGE_SIZE);
    }
}
