package fr.fabrikaprojets.domain.model.organisation;

import fr.fabrikaprojets.domain.model.platform.Platform;
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
import java.time.LocalDate;

/**
 * An actor of the network. A signatory partner has signed the platform's charter ({@code signatorySince}); the
 * founding partners of the flyer are signatories from the platform's start.
 */
@Entity
@Table(name = "organisations")
public class Organisation implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "organisations_seq", sequenceName = "organisations_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisations_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "platform_id")
    private Platform platform;

    @Column(name = "short_name", nullable = false, length = 120)
    private String shortName;

    @Column(name = "full_name", nullable = false, length = 300)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrganisationKind kind;

    @Column(length = 9)
    private String siren;

    @Column(name = "signatory_since")
    private LocalDate signatorySince;

    protected Organisation() {
    }

    public Organisation(Platform platform, String shortName, String fullName, OrganisationKind kind, String siren) {
        if (siren != null && !siren.isBlank() && !Siren.isValid(siren)) {
            throw BusinessException.invalid("Le numéro SIREN « " + siren
                    + " » n'est pas valide : il faut 9 chiffres et une clé de contrôle correcte.");
        }
        this.platform = platform;
        this.shortName = shortName;
        this.fullName = fullName;
        this.kind = kind;
        this.siren = siren == null || siren.isBlank() ? null : siren;
    }

    public void signCharter(LocalDate since) {
        this.signatorySince = since;
    }

    public boolean isSignatory() {
        return signatorySince != null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Platform getPlatform() {
        return platform;
    }

    public String getShortName() {
        return shortName;
    }

    public String getFullName() {
        return fullName;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getSiren() {
        return siren;
    }

    public LocalDate getSignatorySince() {
        return signatorySince;
    }
}
