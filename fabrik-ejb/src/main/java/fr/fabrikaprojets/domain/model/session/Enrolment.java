package fr.fabrikaprojets.domain.model.session;

import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.shared.Language;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/**
 * Someone registered for a gathering (a monthly session, an event of a temps fort), within its capacity or on its
 * waiting list, and whether they came. Each kind of gathering keeps its registrations in its own table.
 */
@MappedSuperclass
public abstract class Enrolment implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Status {
        REGISTERED,
        WAITING,
        CANCELLED
    }

    public static final String ANONYMOUS = "Participant anonymisé";

    @Version
    private long version;

    @Column(name = "full_name", nullable = false, length = 120)
    private String name;

    @Column(length = 254)
    private String email;

    @Column(length = 20)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "participant_kind", nullable = false, length = 20)
    private ParticipantKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    /** Null until the coordinator records who came. */
    private Boolean attended;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "consent_version", nullable = false, length = 20)
    private String consentVersion;

    /** The language the person registered in; the e-mails they get are in it. */
    @Column(length = 5)
    private String language;

    protected Enrolment() {
    }

    protected Enrolment(Participant participant, Status status, Instant at) {
        this.name = participant.name();
        this.email = participant.email();
        this.phone = participant.phone();
        this.kind = participant.kind();
        this.organisation = participant.organisation();
        this.consentVersion = participant.consentVersion();
        this.status = status;
        this.registeredAt = at;
    }

    public abstract Long getId();

    public String getLanguage() {
        return Language.supported(language);
    }

    public void writesIn(String tag) {
        this.language = Language.supported(tag);
    }

    void promote() {
        status = Status.REGISTERED;
    }

    void cancel() {
        status = Status.CANCELLED;
    }

    void attend(boolean came) {
        attended = came;
    }

    /** Anonymisation: the person is no longer named nor reachable; that they registered and came still counts. */
    public void anonymise() {
        name = ANONYMOUS;
        email = null;
        phone = null;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public ParticipantKind getKind() {
        return kind;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Status getStatus() {
        return status;
    }

    public Boolean getAttended() {
        return attended;
    }

    public String getConsentVersion() {
        return consentVersion;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }
}
