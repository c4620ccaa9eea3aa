package fr.fabrikaprojets.domain.model.organisation;

import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.shared.BusinessException;
import fr.fabrikaprojets.domain.model.project.Field;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

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

    @Column(length = 300)
    private String address;

    @Column(length = 254)
    private String email;

    @Column(length = 20)
    private String phone;

    @Column(name = "whole_territory", nullable = false)
    private boolean wholeTerritory;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "organisation_communes", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "insee_code", length = 5)
    private Set<String> communes = new TreeSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "organisation_themes", joinColumns = @JoinColumn(name = "organisation_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "theme", length = 30)
    private Set<Field> themes = EnumSet.noneOf(Field.class);

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "organisation_offers", joinColumns = @JoinColumn(name = "organisation_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "offer", length = 20)
    private Set<Offer> offers = EnumSet.noneOf(Offer.class);

    /** When someone of the organisation (or the coordinator) last said the record is right; null: never. */
    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

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

    public Organisation(Platform platform, OrganisationProfile profile, Instant at) {
        this(platform, profile.shortName(), profile.fullName(), profile.kind(), profile.siren());
        describe(profile, at);
    }

    /** Replaces the record by what its author wrote, which also confirms it as up to date. */
    public void describe(OrganisationProfile profile, Instant at) {
        this.shortName = profile.shortName();
        this.fullName = profile.fullName();
        this.kind = profile.kind();
        this.siren = profile.siren();
        this.address = profile.address();
        this.email = profile.email();
        this.phone = profile.phone();
        this.wholeTerritory = profile.wholeTerritory();
        this.communes.clear();
        this.communes.addAll(profile.communes());
        this.themes.clear();
        this.themes.addAll(profile.themes());
        this.offers.clear();
        this.offers.addAll(profile.offers());
        this.signatorySince = profile.signatorySince();
        confirm(at);
    }

    /** The record is still right as it stands. */
    public void confirm(Instant at) {
        this.confirmedAt = at;
        this.remindedAt = null;
    }

    /** Not confirmed for longer than {@code freshness}: listed, and its members reminded. */
    public boolean isStale(Instant now, Duration freshness) {
        return isStale(confirmedAt, now, freshness);
    }

    /** A record confirmed at {@code confirmedAt} (null: never) is stale {@code now}. */
    public static boolean isStale(Instant confirmedAt, Instant now, Duration freshness) {
        return confirmedAt == null || confirmedAt.isBefore(now.minus(freshness));
    }

    public void reminded(Instant at) {
        this.remindedAt = at;
    }

    /** Whether the organisation acts in a commune of its platform. */
    public boolean covers(String inseeCode) {
        return communes.contains(inseeCode);
    }

    public OrganisationProfile profile() {
        return new OrganisationProfile(shortName, fullName, kind, siren, address, email, phone, wholeTerritory,
                communes, themes, offers, signatorySince);
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

    public String getAddress() {
        return address;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public boolean isWholeTerritory() {
        return wholeTerritory;
    }

    public Set<String> getCommunes() {
        return Collections.unmodifiableSet(communes);
    }

    public Set<Field> getThemes() {
        return Collections.unmodifiableSet(themes);
    }

    public Set<Offer> getOffers() {
        return Collections.unmodifiableSet(offers);
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }
}
