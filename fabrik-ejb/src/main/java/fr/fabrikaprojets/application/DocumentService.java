package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.document.Document;
import java.util.List;

/**
 * Documents attached to projects: PDF, images, office files up to 10 MB, their type checked by content; readable by
 * those who may see the project.
 */
public interface DocumentService {

    Document attach(long projectId, Upload upload);

    List<Document> ofProject(long projectId);

    DocumentContent download(long documentId);

    void remove(long documentId, long version);
}
