package fr.fabrikaprojets.application;

/**
 * The network seen as a whole: where no partner is competent (coverage), who worked with which project (links), and
 * which partners and resources could answer a project's needs (suggestions).
 */
public interface NetworkService {

    /** Theme × commune: how many organisations are competent, zero where the network has a gap. */
    CoverageTable coverage(String platformCode);

    /** Organisations and projects linked by advice or orientation during a year. */
    NetworkGraph graph(String platformCode, int year);

    /** Partners and resources for a project's needs, best first, each with why it is suggested. */
    Suggestions suggestions(long projectId);
}
