package fr.fabrikaprojets.view.capitalisation;

import fr.fabrikaprojets.application.CapitalisationService;
import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.domain.model.capitalisation.ExperienceSheet;
import fr.fabrikaprojets.view.CurrentPlatform;
import fr.fabrikaprojets.view.Feedback;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Sheets waiting for their holder's decision ({@code capitalisation/a-decider.xhtml}, the platform's team). */
@Named
@RequestScoped
public class UndecidedSheetsBacking {

    @Inject
    private CurrentPlatform currentPlatform;

    static final int PAGE_SIZE = 20;

    @EJB
    private CapitalisationService capitalisation;

    private int first;
    private Page<ExperienceSheet> page;

    public void load() {
        page = Feedback.obtain(() -> capitalisation.undecided(currentPlatform.getCode(), first, PAGE_SIZE))
                .orElse(null);
    }

    public Page<ExperienceSheet> getPage() {
        return page;
    }

    public int getFirst() {
        return first;
    }

    public void setFirst(int first) {
        this.first = Math.max(0, first);
    }
}
