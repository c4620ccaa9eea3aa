package fr.fabrikaprojets.domain.model.document;

import java.util.List;
import java.util.Optional;

public interface DocumentRepository {

    Optional<Document> find(long id);

    void store(Document document);

    void remove(Document document);

    /** A project's documents, newest first; at most {@code max}. */
    List<Document> ofProject(long projectId, int max);
}
