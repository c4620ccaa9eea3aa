package fr.fabrikaprojets.infrastructure.search;

import fr.fabrikaprojets.application.search.SearchResults;
import fr.fabrikaprojets.domain.shared.Settings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexReader;

/**
 * The results of the questions asked of one reader of the index. A reader sees one state of the index and never
 * changes, so the same question asked of it finds the same page of hits: ranking and cutting extracts again (most of
 * a search's cost at 100,000 projects, BENCHMARKS.md, run 30) would only repeat them. A new reader (the index
 * refreshed after a change) forgets every result, so nothing kept can miss a change the reader shows. At most
 * {@code fabrik.search.cache.size} results (default 200, the least recently asked forgotten first; 0 keeps none).
 */
final class KeptResults {

    static final String SIZE_PROPERTY = "fabrik.search.cache.size";
    private static final long DEFAULT_SIZE = 200;

    /** A question as the index reads it: its words after analysis, where and for whom, which page. */
    record Question(List<String> words, String platformCode, Set<String> audiences, int first, int max) {
    }

    private final Map<Question, SearchResults> results = new LinkedHashMap<>(16, 0.75f, true);
    private IndexReader reader;

    /** The results of the question on this reader: kept ones, or found now and kept. */
    SearchResults of(IndexReader current, Question question, Supplier<SearchResults> search) {
        long capacity = Settings.number(SIZE_PROPERTY, DEFAULT_SIZE, 0);
        if (capacity == 0) {
            return search.get();
        }
        synchronized (this) {
            if (reader != current) {
                results.clear();
                reader = current;
            }
            SearchResults kept = results.get(question);
            if (kept != null) {
                return kept;
            }
        }
        SearchResults found = search.get();
        synchronized (this) {
            // Another search may have refreshed the reader meanwhile: results of an older one are not kept.
            if (reader == current) {
                results.put(question, found);
                while (results.size() > capacity) {
                    results.remove(results.keySet().iterator().next());
                }
            }
        }
        return found;
    }
}
