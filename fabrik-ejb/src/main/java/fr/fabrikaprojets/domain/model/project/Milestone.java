package fr.fabrikaprojets.domain.model.project;

/**
 * What the funders count of a project in a period: received, presented for the first time, accompanied for the
 * first time, realised, or oriented towards a partner.
 */
public enum Milestone {
    RECEIVED,
    PRESENTED,
    ACCOMPANIED,
    REALISED,
    ORIENTED
}
