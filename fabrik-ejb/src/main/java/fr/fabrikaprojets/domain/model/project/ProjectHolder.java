package fr.fabrikaprojets.domain.model.project;

import fr.fabrikaprojets.domain.shared.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/**
 * Who carries a project, as they introduced themselves: a name (a person, a group, an association), a contact person,
 * an e-mail address or a phone number, and their consent to the processing of these data — with its date, its
 * purpose and the version of the text they agreed to, so that it can be shown and withdrawn later.
 */
@Entity
@Table(name = "project_holders")
public class ProjectHolder implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The purpose stated next to the consent box of the form. */
    public static final String CONSENT_PURPOSE = "accompagnement-projet";

    public static final String ANONYMOUS = "Porteur anonymisé";

    @Id
    @SequenceGenerator(name = "project_holders_seq", sequenceName = "project_holders_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_holders_seq")
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private HolderKind kind;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "contact_name", length = 120)
    private String contactName;

    @Column(length = 254)
    private String email;

    @Column(length = 20)
    private String phone;

    @Column(name = "consent_given_at", nullable = false)
    private Instant consentGivenAt;

    @Column(name = "consent_purpose", nullable = false, length = 60)
    private String consentPurpose;

    @Column(name = "consent_text_version", nullable = false, length = 20)
    private String consentTextVersion;

    /** When the holder withdrew their consent; null while it holds. */
    @Column(name = "consent_withdrawn_at")
    private Instant consentWithdrawnAt;

    /** When the holder's data was anonymised (erasure, withdrawal, retention); null while it is kept. */
    /** The language the holder wrote their idea in; the e-mails they get are in it. */
    @Column(length = 5)
    private String language;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    protected ProjectHolder() {
    }

    public ProjectHolder(HolderKind kind, String name, String contactName, String email, String phone,
            Instant consentGivenAt, String consentTextVersion) {
        this.kind = kind;
        this.name = name;
        this.contactName = contactName;
        this.email = email;
        this.phone = phone;
        this.consentGivenAt = consentGivenAt;
        this.consentPurpose = CONSENT_PURPOSE;
        this.consentTextVersion = consentTextVersion;
    }

    public String getLanguage() {
        return Language.supported(language);
    }

    public void writesIn(String tag) {
        this.language = Language.supported(tag);
    }

    /** Recorded once: a second request does not move the date the first was made. */
    public void withdrawConsent(Instant at) {
        if (consentWithdrawnAt == null) {
            consentWithdrawnAt = at;
        }
    }

    /** The holder is no longer named nor reachable; their kind (inhabitant, association…) still counts. */
    public void anonymise(Instant at) {
        name = ANONYMOUS;
        contactName = null;
        email = null;
        phone = null;
        anonymisedAt = at;
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    public Long getId() {
        return id;
    }

    public HolderKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getContactName() {
        return contactName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Instant getConsentGivenAt() {
        return consentGivenAt;
    }

    public String getConsentPurpose() {
        return consentPurpose;
    }

    public String getConsentTextVersion() {
        return consentTextVersion;
    }

    public Instant getConsentWithdrawnAt() {
        return consentWithdrawnAt;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }
}
