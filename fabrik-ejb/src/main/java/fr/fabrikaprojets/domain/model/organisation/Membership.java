package fr.fabrikaprojets.domain.model.organisation;

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
import java.util.Objects;

/** A person's place in an organisation: their role there ("directrice", "référente familles"…). */
@Entity
@Table(name = "memberships")
public class Membership implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "memberships_seq", sequenceName = "memberships_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "memberships_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(length = 120)
    private String role;

    protected Membership() {
    }

    public Membership(Person person, Organisation organisation, String role) {
        if (!Objects.equals(person.getPlatform().getId(), organisation.getPlatform().getId())) {
            throw BusinessException.invalid("Cette personne n'appartient pas au réseau de cette plateforme.");
        }
        this.person = person;
        this.organisation = organisation;
        changeRole(role);
    }

    public final void changeRole(String role) {
        String text = role == null || role.isBlank() ? null : role.strip();
        if (text != null && text.length() > 120) {
            throw BusinessException.invalid("Raccourcissez la fonction : 120 caractères au plus.");
        }
        this.role = text;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Person getPerson() {
        return person;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getRole() {
        return role;
    }
}
