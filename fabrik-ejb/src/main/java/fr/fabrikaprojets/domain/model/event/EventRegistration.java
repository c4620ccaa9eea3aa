package fr.fabrikaprojets.domain.model.event;

import fr.fabrikaprojets.domain.model.session.Enrolment;
import fr.fabrikaprojets.domain.model.session.Participant;
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
import java.time.Instant;

/** A person registered for an event of a temps fort. */
@Entity
@Table(name = "event_registrations")
public class EventRegistration extends Enrolment {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "event_registrations_seq", sequenceName = "event_registrations_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_registrations_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    private PublicEvent event;

    /** When the reminder before the event went out: once per registration. */
    @Column(name = "reminded_at")
    private Instant remindedAt;

    protected EventRegistration() {
    }

    EventRegistration(PublicEvent event, Participant participant, Status status, Instant at) {
        super(participant, status, at);
        this.event = event;
    }

    /** Whether a reminder is owed: registered (not waiting), reachable by e-mail, not reminded yet. */
    public boolean awaitsReminder() {
        return getStatus() == Status.REGISTERED && getEmail() != null && remindedAt == null;
    }

    public void reminded(Instant at) {
        remindedAt = at;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    @Override
    public Long getId() {
        return id;
    }

    public PublicEvent getEvent() {
        return event;
    }
}
