package fr.fabrikaprojets.application.search;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The full-text index of what users search ({@code infrastructure.search}: Lucene with a French analysis: accents
 * and case folded, articles elided, plurals stemmed). The database stays the truth; the index is rebuilt from it.
 */
public interface SearchIndex {

    /** Replaces every document of the project by these (none: the project leaves the index). */
    void replaceProject(long projectId, List<SearchDocument> documents);

    /** Applies buffered changes and makes them durable; used after a batch of {@link #replaceProject}. */
    void commit();

    /** Best first: documents of the platform that one of {@code audiences} may see and that hold every word asked. */
    SearchResults search(String text, String platformCode, Set<String> audiences, int first, int max);

    /** How many documents the index holds. */
    long size();

    /** How many projects the index holds: compared with the database's at start-up. */
    long projects();

    /**
     * When the index was last made durable, as it recorded it (none for a new index): a node of a cluster that was
     * down reads again at start-up the projects that changed since.
     */
    Optional<Instant> committedAt();

    /** Empties the index, before a rebuild. */
    void clear();
}
