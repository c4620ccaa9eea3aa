package fr.fabrikaprojets.view.reseau;

import fr.fabrikaprojets.application.CoverageTable;
import fr.fabrikaprojets.application.NetworkService;
import fr.fabrikaprojets.view.CurrentPlatform;
import fr.fabrikaprojets.view.Feedback;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Where the network has no competent partner ({@code reseau/couverture.xhtml}): theme × commune. */
@Named
@RequestScoped
public class CoverageBacking {

    @Inject
    private CurrentPlatform currentPlatform;

    @EJB
    private NetworkService network;

    private CoverageTable table;

    public void load() {
        Feedback.attempt(() -> table = network.coverage(currentPlatform.getCode()));
    }

    public CoverageTable getTable() {
        return table;
    }
}
