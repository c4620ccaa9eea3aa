package fr.fabrikaprojets.domain.model.orientation;

import fr.fabrikaprojets.domain.shared.Redaction;
import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.session.Session;
import fr.fabrikaprojets.domain.shared.BusinessException;
import fr.fabrikaprojets.domain.shared.ReminderSchedule;
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
import java.time.Instant;
import java.util.Objects;

/** A project sent to a partner organisation for one need, remembered with the session where it was decided. */
@Entity
@Table(name = "orientations")
public class Orientation implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_NEED = 300;

    @Id
    @SequenceGenerator(name = "orientations_seq", sequenceName = "orientations_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "orientations_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    /** The project's, copied so that the statistics read a year of a platform's orientations without the projects. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "platform_id", updatable = false)
    private Platform platform;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id")
    private Session session;

    @Column(nullable = false, length = MAX_NEED)
    private String need;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrientationState state;

    @Column(name = "state_reason", length = 1000)
    private String stateReason;

    @Column(name = "proposed_by", nullable = false, length = 120)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "last_moved_at", nullable = false)
    private Instant lastMovedAt;

    @Column(name = "reminders_sent", nullable = false)
    private int remindersSent;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Usefulness usefulness;

    /** SHA-256 of the link sent to the holder to ask whether it helped; null once answered or never asked. */
    @Column(name = "holder_token_hash", length = 64)
    private String holderTokenHash;

    protected Orientation() {
    }

    public Orientation(Project project, Organisation organisation, Session session, String need, String proposedBy,
            Instant at) {
        String stated = need == null ? "" : need.strip();
        if (stated.isEmpty()) {
            throw BusinessException.invalid("Indiquez le besoin pour lequel le projet est orienté.");
        }
        if (stated.length() > MAX_NEED) {
            throw BusinessException.invalid("Le besoin ne peut pas dépasser 300 caractères.");
        }
        if (project.getState().isClosed()) {
            throw BusinessException.conflict("Ce projet est " + project.getState().label()
                    + " : il ne peut plus être orienté.");
        }
        if (!Objects.equals(organisation.getPlatform().getId(), project.getPlatform().getId())) {
            throw BusinessException.invalid("Choisissez une organisation du réseau de la plateforme du projet.");
        }
        this.project = project;
        this.platform = project.getPlatform();
        this.organisation = organisation;
        this.session = session;
        this.need = stated;
        this.state = OrientationState.PROPOSED;
        this.proposedBy = proposedBy;
        this.proposedAt = at;
        this.lastMovedAt = at;
    }

    /** Moves to {@code target} if that move exists; a refusal must say why. Returns the sentence for the timeline. */
    public String moveTo(OrientationState target, String reason, Instant at) {
        if (target == null) {
            throw BusinessException.invalid("Choisissez le nouvel état de l’orientation.");
        }
        if (!state.canGo(target)) {
            throw BusinessException.conflict("Une orientation " + state.label() + " ne peut pas passer à l’état « "
                    + target.label() + " ».");
        }
        String why = reason == null ? "" : reason.strip();
        if (OrientationState.needsReason(target) && why.isEmpty()) {
            throw BusinessException.invalid("Indiquez pourquoi l’orientation est refusée.");
        }
        if (why.length() > 1000) {
            throw BusinessException.invalid("La raison ne peut pas dépasser 1 000 caractères.");
        }
        String change = "Orientation vers " + organisation.getShortName() + " (" + need + ") : " + state.label()
                + " → " + target.label() + (why.isEmpty() ? "." : " (" + why + ").");
        state = target;
        stateReason = why.isEmpty() ? null : why;
        lastMovedAt = at;
        remindersSent = 0;
        return change;
    }

    /** Whether a reminder is due now: still waiting on the partner and the next reminder's day has come. */
    public boolean reminderDue(ReminderSchedule schedule, Instant now) {
        return state.isOpen() && schedule.due(lastMovedAt, remindersSent, now);
    }

    public void reminderSent() {
        remindersSent++;
    }

    public void askUsefulness(String tokenHash) {
        holderTokenHash = tokenHash;
    }

    /** The holder's answer; once only, by the link they received. */
    public void answerUsefulness(Usefulness answer) {
        if (answer == null) {
            throw BusinessException.invalid("Choisissez une réponse.");
        }
        if (usefulness != null) {
            throw BusinessException.conflict("Vous avez déjà répondu à cette question. Merci !");
        }
        usefulness = answer;
        holderTokenHash = null;
    }

    /** Anonymisation of the holder: texts lose their names; the usefulness question's link stops working. */
    public void anonymise(Redaction redaction) {
        need = redaction.apply(need, MAX_NEED);
        stateReason = redaction.apply(stateReason, 1000);
        holderTokenHash = null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Project getProject() {
        return project;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    /** Outside the platform's team, an orientation is read only by the organisation that received it. */
    public boolean isReceivedBy(Long organisationId) {
        return Objects.equals(organisation.getId(), organisationId);
    }

    public Session getSession() {
        return session;
    }

    public String getNeed() {
        return need;
    }

    public OrientationState getState() {
        return state;
    }

    public String getStateReason() {
        return stateReason;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public Instant getLastMovedAt() {
        return lastMovedAt;
    }

    public int getRemindersSent() {
        return remindersSent;
    }

    public Usefulness getUsefulness() {
        return usefulness;
    }
}
