package fr.fabrikaprojets.application.internal;

import static fr.fabrikaprojets.domain.shared.Roles.ADMIN;
import static fr.fabrikaprojets.domain.shared.Roles.COORDINATOR;

import fr.fabrikaprojets.application.DocumentContent;
import fr.fabrikaprojets.application.EventDocumentService;
import fr.fabrikaprojets.application.TempsFortsService;
import fr.fabrikaprojets.application.Upload;
import fr.fabrikaprojets.domain.model.document.Document;
import fr.fabrikaprojets.domain.model.document.DocumentStore;
import fr.fabrikaprojets.domain.model.event.EventDocument;
import fr.fabrikaprojets.domain.model.event.EventRepository;
import fr.fabrikaprojets.domain.model.event.PublicEvent;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

@Stateless
public class DefaultEventDocumentService implements EventDocumentService {

    /** An event keeps a few slides and photos, not an album. */
    static final int MAX_DOCUMENTS = 30;

    @Inject
    private EventRepository events;

    @Inject
    private DocumentStore store;

    @Inject
    private ProjectAccess access;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    @EJB
    private TempsFortsService tempsForts;

    @Resource
    private SessionContext context;

    @Override
    @RolesAllowed({COORDINATOR, ADMIN})
    public EventDocument attach(long eventId, Upload upload, boolean peopleConsented) {
        if (upload == null) {
            throw BusinessException.invalid("Choisissez un fichier.");
        }
        PublicEvent event = events.lockedRoll(eventId).event();
        Document.Checked checked = Document.check(upload.getFilename(), upload.getContent());
        EventDocument.requireKeepable(event, checked, peopleConsented);
        if (events.documentsOf(eventId, MAX_DOCUMENTS).size() >= MAX_DOCUMENTS) {
            throw BusinessException.invalid("Un événement garde au plus " + MAX_DOCUMENTS + " documents : "
                    + "retirez-en un avant d’en ajouter.");
        }
        String by = access.caller(context);
        EventDocument document = EventDocument.keep(event, checked, upload.getContent().length,
                store.put(upload.getContent()), peopleConsented, by, Instant.now(clock));
        events.store(document);
        auditTrail.record(by, event.getCycle().getPlatform().getCode(), DefaultTempsFortsService.EVENT, eventId,
                "event.document.added", "Document ajouté à « " + event.getTitle() + " » : " + document.getFilename()
                        + " (" + document.getType().label() + ", " + String.format(Locale.FRENCH, "%.1f",
                        document.getSize() / 1024.0) + " Ko" + (document.isPhoto() ? ", accord des personnes "
                        + "photographiées confirmé" : "") + ").");
        return document;
    }

    @Override
    @PermitAll
    public List<EventDocument> documents(long eventId) {
        tempsForts.event(eventId);
        return events.documentsOf(eventId, MAX_DOCUMENTS);
    }

    @Override
    @PermitAll
    public DocumentContent download(long documentId) {
        EventDocument document = events.document(documentId)
                .orElseThrow(() -> BusinessException.notFound("Ce document n’existe pas."));
        tempsForts.event(document.getEvent().getId());
        return new DocumentContent(document.getFilename(), document.getType().mediaType(),
                store.get(document.getStorageKey()));
    }

    @Override
    @RolesAllowed({COORDINATOR, ADMIN})
    public void remove(long documentId, long version) {
        EventDocument document = events.document(documentId)
                .orElseThrow(() -> BusinessException.notFound("Ce document n’existe pas."));
        if (document.getVersion() != version) {
            throw BusinessException.conflict("Ce document a changé entre-temps. Rechargez la page.");
        }
        PublicEvent event = document.getEvent();
        events.remove(document);
        auditTrail.record(access.caller(context), event.getCycle().getPlatform().getCode(),
                DefaultTempsFortsService.EVENT, event.getId(), "event.document.removed", "Document retiré de « "
                        + event.getTitle() + " » : " + document.getFilename() + ".");
        store.delete(document.getStorageKey());
    }
}
