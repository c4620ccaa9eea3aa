package fr.fabrikaprojets.domain.model.document;

import fr.fabrikaprojets.domain.shared.Redaction;
import fr.fabrikaprojets.domain.model.project.Project;
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

/** A file attached to a project: its name as given (cleaned), its type as read from its content, its size. */
@Entity
@Table(name = "project_documents")
public class Document implements Serializable {

    private static final long serialVersionUID = 1L;

    /** 10 MB: a scanned form or a few photos, not a video. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    @Id
    @SequenceGenerator(name = "project_documents_seq", sequenceName = "project_documents_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_documents_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @Column(nullable = false, length = 200)
    private String filename;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false, length = 10)
    private DocumentType type;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "storage_key", nullable = false, length = 100)
    private String storageKey;

    @Column(name = "uploaded_by", nullable = false, length = 120)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected Document() {
    }

    Document(Project project, String filename, DocumentType type, long size, String storageKey, String uploadedBy,
            Instant at) {
        this.project = project;
        this.filename = filename;
        this.type = type;
        this.size = size;
        this.storageKey = storageKey;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = at;
    }

    /**
     * Checks a file before anything is kept: not empty, not too large, of a known type matching its name. Returns
     * the cleaned name and the type.
     */
    public static Checked check(String filename, byte[] content) {
        String name = cleanName(filename);
        if (content == null || content.length == 0) {
            throw BusinessException.invalid("Le fichier « " + name + " » est vide.");
        }
        if (content.length > MAX_BYTES) {
            throw tooLarge(name);
        }
        return new Checked(name, DocumentType.of(name, content));
    }

    public static BusinessException tooLarge(String filename) {
        return BusinessException.invalid("Le fichier « " + cleanName(filename) + " » dépasse 10 Mo. Réduisez-le "
                + "(photos moins lourdes, PDF compressé) ou envoyez-le en plusieurs parties.");
    }

    /** The file's own name, without any path a browser may send, control characters or quotes. */
    static String cleanName(String filename) {
        String name = filename == null ? "" : filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|*?:]", "_").strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name.isEmpty() ? "document" : name;
    }

    /** A file that passed {@link #check}; {@link #attachTo} makes it a document of a project. */
    public record Checked(String filename, DocumentType type) {

        public Document attachTo(Project project, long size, String storageKey, String uploadedBy, Instant at) {
            return new Document(project, filename, type, size, storageKey, uploadedBy, at);
        }
    }

    public void redact(Redaction redaction) {
        filename = redaction.apply(filename, 200);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Project getProject() {
        return project;
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

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
