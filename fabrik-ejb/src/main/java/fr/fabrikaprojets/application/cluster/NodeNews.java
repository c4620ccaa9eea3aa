package fr.fabrikaprojets.application.cluster;

import java.io.Serializable;

/**
 * A change committed on one node that the other nodes of a cluster must know of. Received news is fired as a CDI
 * event on the receiving node, where the observers of the record's type bring their copy up to date.
 */
public sealed interface NodeNews extends Serializable {

    /** A project changed: its search documents are to be read again. */
    record ProjectChanged(long projectId) implements NodeNews {
    }

    /** Platforms or memberships changed: the platforms of every caller are to be read again. */
    record PlatformsChanged() implements NodeNews {
    }

    /** Something the figures count changed: the dashboard's counts are to be made again. */
    record FiguresChanged() implements NodeNews {
    }
}
