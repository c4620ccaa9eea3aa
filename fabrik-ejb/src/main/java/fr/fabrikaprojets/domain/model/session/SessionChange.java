package fr.fabrikaprojets.domain.model.session;

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
import java.io.Serializable;
import java.time.Instant;

/** One line of a session's history: who changed what, when. Written once, never edited. */
@Entity
@Table(name = "session_changes")
public class SessionChange implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "session_changes_seq", sequenceName = "session_changes_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "session_changes_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private Session session;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 120)
    private String changedBy;

    @Column(nullable = false, length = 2000)
    private String description;

    protected SessionChange() {
    }

    public SessionChange(Session session, Instant changedAt, String changedBy, String description) {
        this.session = session;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.description = description.length() > 2000 ? description.substring(0, 2000) : description;
    }

    public Long getId() {
        return id;
    }

    public Session getSession() {
        return session;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getDescription() {
        return description;
    }
}
