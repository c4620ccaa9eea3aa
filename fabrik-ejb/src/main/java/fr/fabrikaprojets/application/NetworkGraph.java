package fr.fabrikaprojets.application;

import java.io.Serializable;
import java.util.List;

/** A bipartite picture: organisations on one side, projects on the other, an edge per advice or orientation. */
public record NetworkGraph(int year, List<String> organisations, List<String> projects, List<Edge> edges)
        implements Serializable {

    /** {@code kind}: "avis" or "orientation"; {@code outcome}: the state's French label. */
    public record Edge(int organisation, int project, String kind, String outcome) implements Serializable {
    }
}
