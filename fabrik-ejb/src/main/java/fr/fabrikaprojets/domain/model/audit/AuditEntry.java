package fr.fabrikaprojets.domain.model.audit;

import fr.fabrikaprojets.domain.shared.Redaction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * One change to one record. {@code subjectType} and {@code subjectId} name the record ("Session", "42");
 * {@code action} is a stable code ("session.cancelled") for filters, {@code description} the French sentence shown
 * to people. No setter: an entry cannot be edited.
 */
@Entity
@Table(name = "audit_entries")
public class AuditEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Actors that are the person themselves (the public form, the holder's links): their address is theirs too. */
    private static final Set<String> PERSON_ACTORS = Set.of("public", "porteur");

    @Id
    @SequenceGenerator(name = "audit_entries_seq", sequenceName = "audit_entries_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entries_seq")
    private Long id;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(nullable = false, length = 120)
    private String actor;

    @Column(length = 64)
    private String address;

    @Column(name = "platform_code", length = 40)
    private String platformCode;

    @Column(name = "subject_type", nullable = false, length = 40)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, length = 40)
    private String subjectId;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(nullable = false, length = 2000)
    private String description;

    protected AuditEntry() {
    }

    public AuditEntry(Instant recordedAt, String actor, String address, String platformCode, String subjectType,
            String subjectId, String action, String description) {
        this.recordedAt = recordedAt;
        this.actor = actor;
        this.address = address;
        this.platformCode = platformCode;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.action = action;
        this.description = description.length() > 2000 ? description.substring(0, 2000) : description;
    }

    /**
     * The audit trail is never edited, with one exception the law makes: a person's erasure blots their names out of
     * the entries about them (who did what, and when, stays).
     */
    public void redact(Redaction redaction) {
        description = redaction.apply(description, 2000);
        if (PERSON_ACTORS.contains(actor)) {
            address = null;
        }
    }

    public Long getId() {
        return id;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAddress() {
        return address;
    }

    public String getPlatformCode() {
        return platformCode;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getAction() {
        return action;
    }

    public String getDescription() {
        return description;
    }
}
