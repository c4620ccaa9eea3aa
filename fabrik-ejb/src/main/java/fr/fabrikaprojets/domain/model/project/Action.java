package fr.fabrikaprojets.domain.model.project;

import fr.fabrikaprojets.domain.shared.Redaction;
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
import java.time.Instant;
import java.time.LocalDate;

/** A next step of a project ("envoyer le dossier CAF", "visiter le local"): who does it, by when, and whether done. */
@Entity
@Table(name = "project_actions")
public class Action implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Status {
        OPEN,
        DONE,
        CANCELLED;

        public String label() {
            return switch (this) {
                case OPEN -> "à faire";
                case DONE -> "faite";
                case CANCELLED -> "annulée";
            };
        }
    }

    @Id
    @SequenceGenerator(name = "project_actions_seq", sequenceName = "project_actions_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_actions_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    /** The project's platform, repeated so that the overdue list reads one index. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "platform_id")
    private Platform platform;

    @Column(nullable = false, length = 300)
    private String description;

    @Column(name = "owner_name", nullable = false, length = 120)
    private String owner;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "created_by", nullable = false, length = 120)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected Action() {
    }

    public Action(Project project, String description, String owner, LocalDate dueDate, LocalDate today,
            String createdBy, Instant at) {
        if (project.getState().isClosed()) {
            throw BusinessException.conflict("Ce projet est " + project.getState().label()
                    + " : on n’y ajoute plus d’action.");
        }
        this.description = required(description, 300, "Décrivez l’action à mener.", "L’action");
        this.owner = required(owner, 120, "Dites qui mène cette action.", "Le nom du responsable");
        if (dueDate == null) {
            throw BusinessException.invalid("Indiquez pour quand l’action est prévue.");
        }
        if (dueDate.isBefore(today)) {
            throw BusinessException.invalid("L’échéance ne peut pas être dans le passé.");
        }
        this.project = project;
        this.platform = project.getPlatform();
        this.dueDate = dueDate;
        this.status = Status.OPEN;
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    /** Closes the action as done or cancelled; returns the sentence for the timeline. */
    public String close(Status outcome, Instant at) {
        if (outcome == null || outcome == Status.OPEN) {
            throw BusinessException.invalid("Dites si l’action est faite ou annulée.");
        }
        if (status != Status.OPEN) {
            throw BusinessException.conflict("Cette action est déjà " + status.label() + ".");
        }
        status = outcome;
        closedAt = at;
        return "Action « " + description + " » (" + owner + ") : " + outcome.label() + ".";
    }

    public boolean isOverdue(LocalDate today) {
        return status == Status.OPEN && dueDate.isBefore(today);
    }

    private static String required(String text, int max, String missing, String what) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw BusinessException.invalid(missing);
        }
        if (stripped.length() > max) {
            throw BusinessException.invalid(what + " ne peut pas dépasser " + max + " caractères.");
        }
        return stripped;
    }

    public void redact(Redaction redaction) {
        description = redaction.apply(description, 300);
        owner = redaction.apply(owner, 120);
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

    public String getDescription() {
        return description;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Status getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
