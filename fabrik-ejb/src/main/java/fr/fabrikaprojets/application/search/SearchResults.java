package fr.fabrikaprojets.application.search;

import java.util.List;

/**
 * One page of results and how many there are in all: exactly up to a thousand, beyond that only a lower bound
 * ({@code exact} false), the index having stopped counting.
 */
public record SearchResults(List<SearchHit> hits, long total, boolean exact) {

    public SearchResults {
        hits = List.copyOf(hits);
    }
}
