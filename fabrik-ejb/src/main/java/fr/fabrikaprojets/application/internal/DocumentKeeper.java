package fr.fabrikaprojets.application.internal;

import fr.fabrikaprojets.domain.model.document.Document;
import fr.fabrikaprojets.domain.model.document.DocumentRepository;
import fr.fabrikaprojets.domain.model.document.DocumentStore;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.project.ProjectRepository;
import fr.fabrikaprojets.domain.model.project.TimelineEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Locale;

/**
 * Keeps a checked file as a document of a project, for the services that receive files (the public form, the
 * project page): bytes to the store, the row and a timeline line in the caller's transaction.
 */
@ApplicationScoped
public class DocumentKeeper {

    @Inject
    DocumentStore store;

    @Inject
    DocumentRepository documents;

    @Inject
    ProjectRepository projects;

    @Inject
    AuditTrail auditTrail;

    public Document keep(Project project, Document.Checked checked, byte[] content, String by, Instant at) {
        Document document = checked.attachTo(project, content.length, store.put(content), by, at);
        documents.store(document);
        String description = "Document ajouté : " + document.getFilename() + " (" + document.getType().label() + ", "
                + String.format(Locale.FRENCH, "%.1f", content.length / 1024.0) + " Ko).";
        projects.record(new TimelineEvent(project, at, TimelineEvent.Kind.DOCUMENT, by, description));
        auditTrail.record(by, project.getPlatform().getCode(), "Document", document.getId(), "document.added",
                description);
        return document;
    }
}
