package fr.fabrikaprojets.domain.model.session;

import java.time.Instant;
import java.util.List;

/** The registrations of one monthly session. */
public final class SessionRoll extends Roll<Registration> {

    private final Session session;

    public SessionRoll(Session session, List<Registration> registrations) {
        super(session, registrations);
        this.session = session;
    }

    @Override
    protected Registration enrol(Participant participant, Enrolment.Status status, Instant at) {
        return new Registration(session, participant, status, at);
    }

    public Session session() {
        return session;
    }
}
