package fr.fabrikaprojets.domain.model.event;

import fr.fabrikaprojets.domain.model.session.Enrolment;
import fr.fabrikaprojets.domain.model.session.Participant;
import fr.fabrikaprojets.domain.model.session.Roll;
import java.time.Instant;
import java.util.List;

/** The registrations of one event: capacity, waiting list, attendance, as for a monthly session. */
public final class EventRoll extends Roll<EventRegistration> {

    private final PublicEvent event;

    public EventRoll(PublicEvent event, List<EventRegistration> registrations) {
        super(event, registrations);
        this.event = event;
    }

    @Override
    protected EventRegistration enrol(Participant participant, Enrolment.Status status, Instant at) {
        return new EventRegistration(event, participant, status, at);
    }

    public PublicEvent event() {
        return event;
    }
}
