package fr.fabrikaprojets.domain.model.digest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A message kept for its recipient's weekly digest. */
@Entity
@Table(name = "pending_messages")
public class PendingMessage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "pending_messages_seq", sequenceName = "pending_messages_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pending_messages_seq")
    private Long id;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, length = 8000)
    private String body;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    protected PendingMessage() {
    }

    public PendingMessage(String recipient, String subject, String body, Instant at) {
        this.recipient = recipient;
        this.subject = subject.length() > 300 ? subject.substring(0, 300)
                : subject;
        this.body = body.length() > 8000 ? body.substring(0, 8000) : body;
        this.queuedAt = at;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }
}
