package fr.fabrikaprojets.domain.model.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface EventRepository {

    void store(Cycle cycle);

    void store(PublicEvent event);

    void store(EventRegistration registration);

    void store(EventDocument document);

    void remove(EventDocument document);

    /** A document with its event, cycle and platform. */
    Optional<EventDocument> document(long id);

    /** The documents kept with an event, oldest first. */
    List<EventDocument> documentsOf(long eventId, int max);

    /** Held events, newest first, public ones only unless {@code network}: the library's page of temps forts. */
    List<PublicEvent> held(String platformCode, boolean network, int first, int max);

    long countHeld(String platformCode, boolean network);

    /** Registrations owed a reminder: to planned events between two days, registered, with an e-mail, not reminded. */
    List<EventRegistration> awaitingReminder(LocalDate from, LocalDate to, int max);

    Optional<Cycle> cycle(long id);

    /** A platform's cycles, most recent first; a platform holds a few a year. */
    List<Cycle> cycles(String platformCode, int max);

    /** The event with its cycle and platform. */
    Optional<PublicEvent> event(long id);

    /** Events from {@code from} on, in date order, public ones only unless {@code network}; at most {@code max}. */
    List<PublicEvent> upcoming(String platformCode, LocalDate from, boolean network, int max);

    /** The events of one cycle, in date order. */
    List<PublicEvent> ofCycle(long cycleId, int max);

    /** Events between two days (the calendar feed), public ones only. */
    List<PublicEvent> publicBetween(String platformCode, LocalDate from, LocalDate to, int max);

    /** The event, locked until the transaction ends (so that two people cannot take its last place), and its roll. */
    EventRoll lockedRoll(long eventId);

    EventRoll roll(long eventId);

    /** Every registration made with this e-mail address or phone number (either may be null), oldest first. */
    List<EventRegistration> registrationsOfContact(String email, String phone, int max);

    /** Registrations still naming someone, to events held before {@code before}: the retention's due. */
    List<EventRegistration> registrationsNamedBefore(LocalDate before, int max);
}
