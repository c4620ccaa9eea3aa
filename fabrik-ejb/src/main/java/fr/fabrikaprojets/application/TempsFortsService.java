package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.event.Cycle;
import fr.fabrikaprojets.domain.model.event.EventDetails;
import fr.fabrikaprojets.domain.model.event.EventRegistration;
import fr.fabrikaprojets.domain.model.event.EventRoll;
import fr.fabrikaprojets.domain.model.event.PublicEvent;
import fr.fabrikaprojets.domain.model.session.ParticipantKind;
import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The temps forts: cycles of events on a theme beyond the monthly sessions, organised by partners; their public
 * programme, registrations within capacity and on a waiting list, and afterwards attendance and a summary.
 */
@Local
public interface TempsFortsService {

    Cycle createCycle(String platformCode, String title, String presentation, Set<Long> organiserIds);

    /** The platform's cycles, most recent first. */
    List<Cycle> cycles(String platformCode);

    PublicEvent planEvent(long cycleId, EventDetails details);

    PublicEvent editEvent(long eventId, long version, EventDetails details);

    PublicEvent cancelEvent(long eventId, long version);

    /** The coming events: the public ones for everyone, those reserved to the network for its members too. */
    List<PublicEvent> upcoming(String platformCode);

    /** The events of a cycle, past ones included; those reserved to the network for its members only. */
    List<PublicEvent> eventsOfCycle(long cycleId);

    /** The public events between two days, for the calendar feed. */
    List<PublicEvent> publicBetween(String platformCode, LocalDate from, LocalDate to);

    /**
     * The events held, newest first, with their summary: the temps forts' part of the library of initiatives. Public
     * ones for everyone, those reserved to the network for its members too. Until the next recorded change commits (and
     * a few minutes at most), every reader of the same kind is answered with the same page, read once.
     */
    Page<HeldEvent> held(String platformCode, int first, int size);

    /** An event, for whom may see it. */
    PublicEvent event(long eventId);

    /** Places still free, for the event's page. */
    int placesLeft(long eventId);

    /** Registers someone, with their consent; on the waiting list when the event is full. */
    EventRegistration register(long eventId, String name, String email, String phone, ParticipantKind kind,
            boolean consent);

    /** Cancels a registration; the first on the waiting list takes the place and is told. */
    EventRoll cancelRegistration(long eventId, long registrationId);

    /** The registered and the waiting list, for the team. */
    EventRoll roll(long eventId);

    /** Records who came and what is kept of the event; only on or after its day. */
    PublicEvent recordHeld(long eventId, long version, Set<Long> presentRegistrationIds, String summary);
}
