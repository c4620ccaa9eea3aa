package fr.fabrikaprojets.domain.model.session;

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

/** A person registered for a monthly session. */
@Entity
@Table(name = "session_registrations")
public class Registration extends Enrolment {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "session_registrations_seq", sequenceName = "session_registrations_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "session_registrations_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private Session session;

    protected Registration() {
    }

    Registration(Session session, Participant participant, Status status, Instant at) {
        super(participant, status, at);
        this.session = session;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Session getSession() {
        return session;
    }
}
