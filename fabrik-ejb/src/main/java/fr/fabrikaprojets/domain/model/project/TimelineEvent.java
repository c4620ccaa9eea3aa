package fr.fabrikaprojets.domain.model.project;

import fr.fabrikaprojets.domain.shared.Redaction;
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
import java.io.Serializable;
import java.time.Instant;

/** Something that happened to a project, as its page tells it, newest first. Written once. */
@Entity
@Table(name = "project_events")
public class TimelineEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What kind of thing happened; the timeline shows an icon per kind. */
    public enum Kind {
        INTAKE,
        STATE_CHANGE,
        PRESENTATION,
        ADVICE,
        ORIENTATION,
        ACTION,
        DOCUMENT,
        NOTE
    }

    @Id
    @SequenceGenerator(name = "project_events_seq", sequenceName = "project_events_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_events_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(nullable = false, length = 120)
    private String actor;

    @Column(nullable = false, length = 2000)
    private String description;

    protected TimelineEvent() {
    }

    public TimelineEvent(Project project, Instant occurredAt, Kind kind, String actor, String description) {
        this.project = project;
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.actor = actor;
        this.description = description.length() > 2000 ? description.substring(0, 2000) : description;
    }

    /** The only change a timeline event ever sees: the anonymisation of a person it names. */
    public void redact(Redaction redaction) {
        description = redaction.apply(description, 2000);
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Kind getKind() {
        return kind;
    }

    public String getActor() {
        return actor;
    }

    public String getDescription() {
        return description;
    }
}
