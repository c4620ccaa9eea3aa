package fr.fabrikaprojets.view.reseau;

import fr.fabrikaprojets.application.DirectoryService;
import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.view.CurrentPlatform;
import fr.fabrikaprojets.view.Feedback;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The records to confirm ({@code reseau/a-confirmer.xhtml}), oldest first, and the reminder to their members. */
@Named
@RequestScoped
public class StaleRecordsBacking {

    @Inject
    private CurrentPlatform currentPlatform;

    static final int PAGE_SIZE = 20;

    @EJB
    private DirectoryService directory;

    private int first;
    private Page<Organisation> page;

    public void load() {
        Feedback.attempt(() -> page = directory.toConfirm(currentPlatform.getCode(), first, PAGE_SIZE));
    }

    public String remind() {
        int[] reminded = new int[1];
        if (Feedback.attempt(() -> reminded[0] = directory.remindToConfirm())) {
            Feedback.info("directory.reminded", reminded[0]);
        }
        return "/reseau/a-confirmer.xhtml?faces-redirect=true";
    }

    public Page<Organisation> getPage() {
        return page;
    }

    public int getFirst() {
        return first;
    }

    public void setFirst(int first) {
        this.first = Math.max(0, first);
    }
}
