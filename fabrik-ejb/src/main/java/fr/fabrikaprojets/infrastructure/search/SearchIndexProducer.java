package fr.fabrikaprojets.infrastructure.search;

import fr.fabrikaprojets.domain.shared.Settings;
import fr.fabrikaprojets.application.search.SearchIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The application's one search index, in {@code -Dfabrik.search.dir}, by default {@code fabrik-search} in the
 * server's data directory, beside the Derby database and the documents.
 */
@ApplicationScoped
public class SearchIndexProducer {

    static final String PROPERTY = "fabrik.search.dir";

    @Produces
    @ApplicationScoped
    SearchIndex open() {
        Path directory = Path.of(Settings.text(PROPERTY,
                System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")) + "/fabrik-search"));
        try {
            Files.createDirectories(directory);
            return new LuceneSearchIndex(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Index de recherche impossible à ouvrir dans " + directory, e);
        }
    }

    void close(@Disposes SearchIndex index) throws IOException {
        if (index instanceof LuceneSearchIndex lucene) {
            lucene.close();
        }
    }
}
