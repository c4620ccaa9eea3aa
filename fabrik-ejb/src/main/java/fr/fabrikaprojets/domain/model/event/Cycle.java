package fr.fabrikaprojets.domain.model.event;

import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A temps fort: a cycle of events on a theme ("Le décrochage scolaire", "L’inclusion des personnes exilées"), with
 * its presentation and the partners who organise it.
 */
@Entity
@Table(name = "event_cycles")
public class Cycle implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "event_cycles_seq", sequenceName = "event_cycles_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_cycles_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "platform_id")
    private Platform platform;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 4000)
    private String presentation;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "event_cycle_organisers", joinColumns = @JoinColumn(name = "cycle_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    private Set<Organisation> organisers = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Cycle() {
    }

    public Cycle(Platform platform, String title, String presentation, Set<Organisation> organisers, Instant at) {
        this.platform = platform;
        this.createdAt = at;
        describe(title, presentation, organisers);
    }

    public void describe(String title, String presentation, Set<Organisation> organisers) {
        this.title = EventTexts.required(title, 200, "Le titre du temps fort");
        this.presentation = EventTexts.required(presentation, 4000, "La présentation du temps fort");
        if (organisers == null || organisers.isEmpty()) {
            throw BusinessException.invalid("Indiquez au moins un partenaire qui organise ce temps fort.");
        }
        this.organisers = new HashSet<>(organisers);
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

    public String getTitle() {
        return title;
    }

    public String getPresentation() {
        return presentation;
    }

    public Set<Organisation> getOrganisers() {
        return organisers;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
