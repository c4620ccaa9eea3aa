package fr.fabrikaprojets.application.internal;

import static fr.fabrikaprojets.domain.shared.Roles.ADMIN;
import static fr.fabrikaprojets.domain.shared.Roles.COORDINATOR;
import static fr.fabrikaprojets.domain.shared.Roles.PARTNER;
import static fr.fabrikaprojets.domain.shared.Roles.STAFF;

import fr.fabrikaprojets.application.DocumentContent;
import fr.fabrikaprojets.application.DocumentService;
import fr.fabrikaprojets.application.Upload;
import fr.fabrikaprojets.domain.model.document.Document;
import fr.fabrikaprojets.domain.model.document.DocumentRepository;
import fr.fabrikaprojets.domain.model.document.DocumentStore;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.project.ProjectRepository;
import fr.fabrikaprojets.domain.model.project.TimelineEvent;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

@Stateless
public class DefaultDocumentService implements DocumentService {

    private static final int MAX_PER_PROJECT = 100;

    @Inject
    private DocumentRepository documents;

    @Inject
    private DocumentStore store;

    @Inject
    private DocumentKeeper keeper;

    @Inject
    private ProjectRepository projects;

    @Inject
    private ProjectAccess access;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @Override
    @RolesAllowed({COORDINATOR, STAFF, ADMIN})
    public Document attach(long projectId, Upload upload) {
        if (upload == null) {
            throw BusinessException.invalid("Choisissez le fichier à joindre.");
        }
        Document.Checked checked = Document.check(upload.getFilename(), upload.getContent());
        Project project = access.visibleProject(projectId, context);
        return keeper.keep(project, checked, upload.getContent(), access.caller(context), Instant.now(clock));
    }

    @Override
    @RolesAllowed({COORDINATOR, STAFF, PARTNER, ADMIN})
    public List<Document> ofProject(long projectId) {
        access.visibleProject(projectId, context);
        return documents.ofProject(projectId, MAX_PER_PROJECT);
    }

    @Override
    @RolesAllowed({COORDINATOR, STAFF, PARTNER, ADMIN})
    public DocumentContent download(long documentId) {
        Document document = documents.find(documentId)
                .orElseThrow(() -> BusinessException.notFound("Ce document n’existe pas."));
        access.visibleProject(document.getProject().getId(), context);
        return new DocumentContent(document.getFilename(), document.getType().mediaType(),
                store.get(document.getStorageKey()));
    }

    @Override
    @RolesAllowed({COORDINATOR, ADMIN})
    public void remove(long documentId, long version) {
        Document document = documents.find(documentId)
                .orElseThrow(() -> BusinessException.notFound("Ce document n’existe pas."));
        if (document.getVersion() != version) {
            throw BusinessException.conflict("Ce document a changé entre-temps. Rechargez la page.");
        }
        Project project = document.getProject();
        Instant now = Instant.now(clock);
        String description = "Document supprimé : " + document.getFilename() + ".";
        documents.remove(document);
        projects.record(new TimelineEvent(project, now, TimelineEvent.Kind.DOCUMENT, access.caller(context),
                description));
        auditTrail.record(access.caller(context), project.getPlatform().getCode(), "Document", documentId,
                "document.removed", description);
        store.delete(document.getStorageKey());
    }
}
