package fr.fabrikaprojets.view.espace;

import fr.fabrikaprojets.application.AdviceService;
import fr.fabrikaprojets.application.OrientationService;
import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.domain.model.advice.Advice;
import fr.fabrikaprojets.domain.model.orientation.Orientation;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * A partner member's requests ({@code espace/demandes.xhtml}): the advice asked of them and the orientations their
 * organisation received, most recent first, each linking to its project.
 */
@Named
@RequestScoped
public class RequestsBacking {

    static final int PAGE_SIZE = 20;

    @EJB
    private AdviceService advice;

    @EJB
    private OrientationService orientations;

    private int adviceFirst;
    private int orientationsFirst;
    private Page<Advice> advicePage;
    private Page<Orientation> orientationsPage;

    public void load() {
        advicePage = advice.requestedOfMe(adviceFirst, PAGE_SIZE);
        orientationsPage = orientations.received(orientationsFirst, PAGE_SIZE);
    }

    public Page<Advice> getAdvicePage() {
        return advicePage;
    }

    public Page<Orientation> getOrientationsPage() {
        return orientationsPage;
    }

    public int getAdviceFirst() {
        return adviceFirst;
    }

    public void setAdviceFirst(int adviceFirst) {
        this.adviceFirst = Math.max(0, adviceFirst);
    }

    public int getOrientationsFirst() {
        return orientationsFirst;
    }

    public void setOrientationsFirst(int orientationsFirst) {
        this.orientationsFirst = Math.max(0, orientationsFirst);
    }

    public int getNextAdviceFirst() {
        return adviceFirst + PAGE_SIZE;
    }

    public int getPreviousAdviceFirst() {
        return Math.max(0, adviceFirst - PAGE_SIZE);
    }

    public int getNextOrientationsFirst() {
        return orientationsFirst + PAGE_SIZE;
    }

    public int getPreviousOrientationsFirst() {
        return Math.max(0, orientationsFirst - PAGE_SIZE);
    }
}
