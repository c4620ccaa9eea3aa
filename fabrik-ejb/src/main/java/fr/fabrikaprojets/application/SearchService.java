package fr.fabrikaprojets.application;

import fr.fabrikaprojets.application.search.SearchHit;

/**
 * Searching in French across projects, experience sheets, minutes and advice: "theatre" finds "Théâtre", "jardins"
 * finds "jardin", best results first, matched words marked; only what the reader may see.
 */
public interface SearchService {

    Page<SearchHit> search(String platformCode, String text, int first, int size);

    /** Rebuilds the whole index from the database (after a restore, or a bulk load); answers how many projects. */
    int rebuildIndex();
}
