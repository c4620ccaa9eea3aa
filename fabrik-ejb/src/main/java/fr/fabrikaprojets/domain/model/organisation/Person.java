package fr.fabrikaprojets.domain.model.organisation;

import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.util.Locale;

/**
 * Someone of the network: a contact of one or more organisations ({@link Membership}), with or without an account
 * in Fabrik. Known by e-mail where they gave one, which links them to the sessions they attended.
 */
@Entity
@Table(name = "people")
public class Person implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    private static final String PHONE = "\\+?[0-9 .]{6,20}";

    @Id
    @SequenceGenerator(name = "people_seq", sequenceName = "people_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "people_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "platform_id")
    private Platform platform;

    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    @Column(length = 254)
    private String email;

    @Column(length = 20)
    private String phone;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    protected Person() {
    }

    public Person(Platform platform, String fullName, String email, String phone, Instant at) {
        this.platform = platform;
        describe(fullName, email, phone, at);
    }

    /** New contact details, which confirm the record. */
    public final void describe(String fullName, String email, String phone, Instant at) {
        String name = fullName == null ? "" : fullName.strip();
        if (name.isEmpty() || name.length() > 120) {
            throw BusinessException.invalid("Indiquez le nom de la personne (120 caractères au plus).");
        }
        String mail = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
        if (mail != null && (mail.length() > 254 || !mail.matches(EMAIL))) {
            throw BusinessException.invalid("Le courriel « " + email.strip() + " » n'est pas une adresse valide.");
        }
        String tel = phone == null || phone.isBlank() ? null : phone.strip();
        if (tel != null && (tel.length() > 20 || !tel.matches(PHONE))) {
            throw BusinessException.invalid("Le téléphone « " + tel + " » n'est pas valide : 6 à 20 chiffres, espaces "
                    + "ou points.");
        }
        this.fullName = name;
        this.email = mail;
        this.phone = tel;
        this.confirmedAt = at;
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

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }
}
