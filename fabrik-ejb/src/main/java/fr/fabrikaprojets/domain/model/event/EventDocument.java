package fr.fabrikaprojets.domain.model.event;

import fr.fabrikaprojets.domain.model.document.Document;
import fr.fabrikaprojets.domain.model.document.DocumentType;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/**
 * A document kept after an event (slides, photos, a handout), shown with the event's summary in the library. A
 * photo is kept only once the team has confirmed that the people recognisable on it agreed to its publication.
 */
@Entity
@Table(name = "event_documents")
public class EventDocument implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "event_documents_seq", sequenceName = "event_documents_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_documents_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    private PublicEvent event;

    @Column(nullable = false, length = 200)
    private String filename;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false, length = 10)
    private DocumentType type;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "storage_key", nullable = false, length = 100)
    private String storageKey;

    /**
     * The team confirmed that the people recognisable in it agreed to its publication (or that nobody is): required
     * for a photo, recorded as ticked for any other document (slides may show people too).
     */
    @Column(name = "people_consented", nullable = false)
    private boolean peopleConsented;

    @Column(name = "uploaded_by", nullable = false, length = 120)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected EventDocument() {
    }

    private EventDocument(PublicEvent event, Document.Checked checked, long size, String storageKey,
            boolean peopleConsented, String uploadedBy, Instant at) {
        this.event = event;
        this.filename = checked.filename();
        this.type = checked.type();
        this.size = size;
        this.storageKey = storageKey;
        this.peopleConsented = peopleConsented;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = at;
    }

    /**
     * Refuses, before anything is stored, what may not be kept with the event: anything before it took place, and a
     * photo without the agreement of the people shown.
     */
    public static void requireKeepable(PublicEvent event, Document.Checked checked, boolean peopleConsented) {
        if (event.getStatus() != EventStatus.HELD) {
            throw BusinessException.invalid("Les documents s’ajoutent une fois l’événement passé : enregistrez "
                    + "d’abord les présents et le compte rendu.");
        }
        if (isPhoto(checked.type()) && !peopleConsented) {
            throw BusinessException.invalid("La photo « " + checked.filename() + " » n’est publiée qu’avec "
                    + "l’accord des personnes qu’on y reconnaît. Cochez la case une fois leur accord recueilli.");
        }
    }

    /** Keeps a checked file with the event; {@link #requireKeepable} must have accepted it. */
    public static EventDocument keep(PublicEvent event, Document.Checked checked, long size, String storageKey,
            boolean peopleConsented, String uploadedBy, Instant at) {
        requireKeepable(event, checked, peopleConsented);
        return new EventDocument(event, checked, size, storageKey, peopleConsented, uploadedBy, at);
    }

    private static boolean isPhoto(DocumentType type) {
        return type == DocumentType.PNG || type == DocumentType.JPEG;
    }

    public boolean isPhoto() {
        return isPhoto(type);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public PublicEvent getEvent() {
        return event;
    }

    public String getFilename() {
        return filename;
    }

    public DocumentType getType() {
        return type;
    }

    public long getSize() {
        return size;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public boolean isPeopleConsented() {
        return peopleConsented;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
