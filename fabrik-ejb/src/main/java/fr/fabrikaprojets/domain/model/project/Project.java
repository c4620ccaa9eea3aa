package fr.fabrikaprojets.domain.model.project;

import fr.fabrikaprojets.domain.shared.Redaction;
import fr.fabrikaprojets.domain.model.commune.Commune;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.shared.BusinessException;
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
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * An idea with a collective aim, in the words of those who carry it, and where it stands. The texts are the holder's
 * own and are kept as written ("respecter l'identité des porteurs d'idées"); pages escape them on output.
 */
@Entity
@Table(name = "projects")
public class Project implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What stands for a text its author had erased. */
    public static final String ERASED = "[texte effacé]";

    @Id
    @SequenceGenerator(name = "projects_seq", sequenceName = "projects_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "projects_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "platform_id")
    private Platform platform;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "holder_id")
    private ProjectHolder holder;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 4000)
    private String idea;

    @Column(name = "collective_aim", nullable = false, length = 2000)
    private String collectiveAim;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "project_fields", joinColumns = @JoinColumn(name = "project_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "field", length = 20)
    private Set<Field> fields = EnumSet.noneOf(Field.class);

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "project_needs", joinColumns = @JoinColumn(name = "project_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "need", length = 20)
    private Set<Need> needs = EnumSet.noneOf(Need.class);

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commune_code")
    private Commune commune;

    @Column(length = 120)
    private String neighbourhood;

    @Column(name = "inhabitants_part", length = 2000)
    private String inhabitantsParticipation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProjectState state;

    @Column(name = "state_reason", length = 1000)
    private String stateReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "intake_channel", nullable = false, length = 20)
    private IntakeChannel intakeChannel;

    /** For an idea entered by the coordinator: who entered it ("saisi pour le compte de"). */
    @Column(name = "entered_by", length = 120)
    private String enteredBy;

    /** The address the public form was sent from, for the per-address limit; null for a staff intake. */
    @Column(name = "submitted_from", length = 64)
    private String submittedFrom;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    /** The milestones the statistics count: first presented, first accompanied, closed (V14). */
    @Column(name = "presented_at")
    private Instant presentedAt;

    @Column(name = "accompanied_at")
    private Instant accompaniedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected Project() {
    }

    public Project(Platform platform, ProjectHolder holder, ProjectDescription description, Commune commune,
            IntakeChannel channel, String enteredBy, String submittedFrom, Instant receivedAt) {
        this.platform = platform;
        this.holder = holder;
        this.title = description.title();
        this.idea = description.idea();
        this.collectiveAim = description.collectiveAim();
        this.fields = description.fields().isEmpty() ? EnumSet.noneOf(Field.class) : EnumSet.copyOf(description.fields());
        this.needs = description.needs().isEmpty() ? EnumSet.noneOf(Need.class) : EnumSet.copyOf(description.needs());
        this.neighbourhood = description.neighbourhood();
        this.inhabitantsParticipation = description.inhabitantsParticipation();
        this.commune = commune;
        this.state = ProjectState.RECEIVED;
        this.intakeChannel = channel;
        this.enteredBy = enteredBy;
        this.submittedFrom = submittedFrom;
        this.receivedAt = receivedAt;
        this.lastActivityAt = receivedAt;
    }

    /**
     * Moves the project to another state, if that move exists and one of the caller's roles allows it; moves that
     * close a door need a reason. Returns the sentence for the timeline.
     */
    public String moveTo(ProjectState target, String reason, Set<String> callerRoles, Instant at) {
        if (target == null) {
            throw BusinessException.invalid("Choisissez le nouvel état du projet.");
        }
        if (!state.canGo(target)) {
            throw BusinessException.conflict("Un projet " + state.label() + " ne peut pas passer à l'état « "
                    + target.label() + " ».");
        }
        if (state.rolesFor(target).stream().noneMatch(callerRoles::contains)) {
            throw BusinessException.invalid("Votre rôle ne permet pas de passer ce projet à l'état « "
                    + target.label() + " ».");
        }
        String why = reason == null ? "" : reason.strip();
        if (ProjectState.needsReason(target) && why.isEmpty()) {
            throw BusinessException.invalid("Indiquez pourquoi le projet passe à l'état « " + target.label() + " ».");
        }
        if (why.length() > 1000) {
            throw BusinessException.invalid("La raison ne peut pas dépasser 1 000 caractères.");
        }
        String change = "État : " + state.label() + " → " + target.label() + (why.isEmpty() ? "." : " (" + why + ").");
        state = target;
        stateReason = why.isEmpty() ? null : why;
        lastActivityAt = at;
        reached(target, at);
        return change;
    }

    /** A pause and a return do not move the first dates; a closed project is closed once. */
    private void reached(ProjectState target, Instant at) {
        if (target == ProjectState.PRESENTED && presentedAt == null) {
            presentedAt = at;
        } else if (target == ProjectState.ACCOMPANIED && accompaniedAt == null) {
            accompaniedAt = at;
        } else if (target.isClosed()) {
            closedAt = at;
        }
    }

    /**
     * Anonymisation (erasure, consent withdrawn, retention): the holder's own words go, and what others wrote loses
     * the holder's names and contacts; what the platform counts — state, dates, commune, fields, needs — stays, so
     * that statistics do not change.
     */
    public void anonymise(Redaction redaction) {
        title = "Projet anonymisé n° " + id;
        idea = ERASED;
        collectiveAim = ERASED;
        inhabitantsParticipation = inhabitantsParticipation == null ? null : ERASED;
        neighbourhood = redaction.apply(neighbourhood, 120);
        stateReason = redaction.apply(stateReason, 1000);
        submittedFrom = null;
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

    public ProjectHolder getHolder() {
        return holder;
    }

    public String getTitle() {
        return title;
    }

    public String getIdea() {
        return idea;
    }

    public String getCollectiveAim() {
        return collectiveAim;
    }

    public Set<Field> getFields() {
        return fields.isEmpty() ? EnumSet.noneOf(Field.class) : EnumSet.copyOf(fields);
    }

    public Set<Need> getNeeds() {
        return needs.isEmpty() ? EnumSet.noneOf(Need.class) : EnumSet.copyOf(needs);
    }

    public Commune getCommune() {
        return commune;
    }

    public String getNeighbourhood() {
        return neighbourhood;
    }

    public String getInhabitantsParticipation() {
        return inhabitantsParticipation;
    }

    public ProjectState getState() {
        return state;
    }

    public String getStateReason() {
        return stateReason;
    }

    public IntakeChannel getIntakeChannel() {
        return intakeChannel;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public Instant getPresentedAt() {
        return presentedAt;
    }

    public Instant getAccompaniedAt() {
        return accompaniedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
