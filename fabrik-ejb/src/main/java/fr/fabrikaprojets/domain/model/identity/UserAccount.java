package fr.fabrikaprojets.domain.model.identity;

import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.shared.Language;
import fr.fabrikaprojets.domain.shared.Roles;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * Someone who logs in to Fabrik: with a password in the embedded realm (or the institution's directory, under the same
 * name), or, for a partner association's member, through the shared SSO, whose token gives their name, e-mail and
 * organisation at each arrival.
 */
@Entity
@Table(name = "user_accounts")
public class UserAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "user_accounts_seq", sequenceName = "user_accounts_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_accounts_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 80)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(length = 254)
    private String email;

    @Embedded
    private PasswordHash password;

    @Column(nullable = false)
    private boolean enabled = true;

    /** E-mails gathered in one message a week rather than sent one by one. */
    @Column(name = "weekly_digest", nullable = false)
    private boolean weeklyDigest;

    /** The language of the pages and e-mails the person chose ("fr", "en"); null follows their browser. */
    @Column(length = 5)
    private String language;

    /** The partner organisation the person acts for; null for the platform's own staff. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    /** Where the person signs in; an account of the SSO is never used by someone signed in otherwise. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Origin origin = Origin.LOCAL;

    @Column(name = "sso_seen_at")
    private Instant ssoSeenAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "user_account_roles", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role_name", length = 40)
    private Set<String> roles = new TreeSet<>();

    /**
     * The platforms (territories) whose non-public data the person works on, by code; a partner's member also belongs
     * to the platform of their organisation.
     */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "user_account_platforms", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "platform_code", length = 40)
    private Set<String> platformCodes = new TreeSet<>();

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String email, PasswordHash password, Set<String> roles) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.password = password;
        this.roles = new TreeSet<>(roles);
    }

    /** How an account came to be. */
    public enum Origin {
        /** Created in Fabrik (or matching the institution's directory), signing in with FORM. */
        LOCAL,
        /** Created at a partner's first arrival through the shared SSO. */
        SSO
    }

    /** A partner's member at their first arrival through the SSO: a partner, with no usable password. */
    public static UserAccount arrivedThroughSso(String username, String displayName, String email,
            Organisation organisation, Instant at) {
        UserAccount account = new UserAccount(username, displayName, email, PasswordHash.unusable(),
                Set.of(Roles.PARTNER));
        account.origin = Origin.SSO;
        account.organisation = organisation;
        account.ssoSeenAt = at;
        return account;
    }

    /** A later arrival: what the provider says now replaces what it said before. */
    public void arrivedAgainThroughSso(String newDisplayName, String newEmail, Organisation newOrganisation,
            Instant at) {
        if (origin != Origin.SSO) {
            throw new IllegalStateException("Account " + username + " does not come from the SSO");
        }
        this.displayName = newDisplayName;
        this.email = newEmail;
        this.organisation = newOrganisation;
        this.ssoSeenAt = at;
    }

    public boolean isFromSso() {
        return origin == Origin.SSO;
    }

    public Instant getSsoSeenAt() {
        return ssoSeenAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public PasswordHash getPassword() {
        return password;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<String> getRoles() {
        return Set.copyOf(roles);
    }

    public Set<String> getPlatformCodes() {
        return Set.copyOf(platformCodes);
    }

    /** Where the person works: their own platforms, and that of the organisation they act for. */
    public Set<String> platformsWorkedOn() {
        Set<String> codes = new TreeSet<>(platformCodes);
        if (organisation != null) {
            codes.add(organisation.getPlatform().getCode());
        }
        return codes;
    }

    /** @return whether the person was not yet a member */
    public boolean joinPlatform(String platformCode) {
        return platformCodes.add(platformCode);
    }

    /** @return whether the person was a member */
    public boolean leavePlatform(String platformCode) {
        return platformCodes.remove(platformCode);
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    /** Makes the person a member of a partner organisation, whose projects they then see. */
    public void joinOrganisation(Organisation joined) {
        this.organisation = joined;
    }

    public String getLanguage() {
        return language;
    }

    /** The language of e-mails: the one chosen, French otherwise. */
    public String writesIn() {
        return Language.supported(language);
    }

    public void chooseLanguage(String tag) {
        this.language = Language.chosen(tag);
    }

    public boolean isWeeklyDigest() {
        return weeklyDigest;
    }

    public void chooseWeeklyDigest(boolean weekly) {
        this.weeklyDigest = weekly;
    }
}
