package fr.fabrikaprojets.view.reseau;

import fr.fabrikaprojets.application.CoverageTable;
import fr.fabrikaprojets.application.NetworkService;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.view.Feedback;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Where the network has no competent partner ({@code reseau/couverture.xhtml}): theme × commune. */
@Named
@RequestScoped
public class CoverageBacking {

    @EJB
    private NetworkService network;

    private CoverageTable table;

    public void load() {
        Feedback.attempt(() -> table = network.coverage(Platform.LENS_LIEVIN));
    }

    public CoverageTable getTable() {
        return table;
    }
}
