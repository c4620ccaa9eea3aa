package fr.fabrikaprojets.view.reseau;

import fr.fabrikaprojets.application.NetworkGraph;
import fr.fabrikaprojets.application.NetworkService;
import fr.fabrikaprojets.view.CurrentPlatform;
import fr.fabrikaprojets.view.Feedback;
import fr.fabrikaprojets.web.PageParameters;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The picture of the network for a year ({@code reseau/carte.xhtml?annee=2026}), with the same links as a table for
 * those who do not see the picture.
 */
@Named
@RequestScoped
public class NetworkMapBacking {

    @Inject
    private CurrentPlatform currentPlatform;

    @EJB
    private NetworkService network;

    private String year;
    private NetworkGraph graph;

    public void load() {
        PageParameters.year(year).ifPresent(asked -> Feedback.attempt(
                () -> graph = network.graph(currentPlatform.getCode(), asked)));
    }

    /** Each link as "organisation — project — kind — outcome", in the order of the picture. */
    public List<String[]> getLinks() {
        if (graph == null) {
            return List.of();
        }
        return graph.edges().stream().map(edge -> new String[] {graph.organisations().get(edge.organisation()),
            graph.projects().get(edge.project()), edge.kind(), edge.outcome()}).toList();
    }

    public int getShownYear() {
        return graph == null ? 0 : graph.year();
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }
}
