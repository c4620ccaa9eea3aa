package fr.fabrikaprojets.application.internal;

import static fr.fabrikaprojets.domain.shared.Roles.ADMIN;
import static fr.fabrikaprojets.domain.shared.Roles.COORDINATOR;
import static fr.fabrikaprojets.domain.shared.Roles.STAFF;

import fr.fabrikaprojets.application.IdeaSubmission;
import fr.fabrikaprojets.application.HeldEvent;
import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.application.RequestOrigin;
import fr.fabrikaprojets.application.TempsFortsService;
import fr.fabrikaprojets.application.notification.MailTexts;
import fr.fabrikaprojets.application.notification.MessagesReady;
import fr.fabrikaprojets.domain.model.event.Cycle;
import fr.fabrikaprojets.domain.model.event.EventDetails;
import fr.fabrikaprojets.domain.model.event.EventRegistration;
import fr.fabrikaprojets.domain.model.event.EventRepository;
import fr.fabrikaprojets.domain.model.event.EventRoll;
import fr.fabrikaprojets.domain.model.event.PublicEvent;
import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.model.organisation.OrganisationRepository;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.session.Enrolment;
import fr.fabrikaprojets.domain.model.session.Participant;
import fr.fabrikaprojets.domain.model.session.ParticipantKind;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

@Stateless
public class DefaultTempsFortsService implements TempsFortsService {

    static final String CYCLE = "Cycle";
    static final String EVENT = "PublicEvent";
    private static final int MAX_CYCLES = 200;
    private static final int MAX_EVENTS = 200;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** What {@link ActivityCache#kept} keeps the pages of the events held under, for the public or the network. */
    private static final String HELD = "events held ";

    @Inject
    private EventRepository events;

    @Inject
    private ActivityCache cache;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private ProjectAccess access;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Event<MessagesReady> messages;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @Inject
    private RequestOrigin origin;

    @Override
    @RolesAllowed({COORDINATOR, ADMIN})
    public Cycle createCycle(String platformCode, String title, String presentation, Set<Long> organiserIds) {
        Platform platform = access.memberPlatform(platformCode, context);
        Set<Organisation> organisers = new HashSet<>();
        for (Long id : organiserIds == null ? Set.<Long>of() : organiserIds) {
            organisers.add(organisations.find(id)
                    .filter(found -> Objects.equals(found.getPlatform().getId(), platform.getId()))
                    .orElseThrow(() -> BusinessException.invalid("Choisissez les organisateurs dans le réseau.")));
        }
        Cycle cycle = new Cycle(platform, title, presentation, organisers, Instant.now(clock));
        events.store(cycle);
        auditTrail.record(access.caller(context), platformCode, CYCLE, cycle.getId(), "cycle.created",
                "Temps fort créé : " + cycle.getTitle() + ".");
        return cycle;
    }

    @Override
    @PermitAll
    public List<Cycle> cycles(String platformCode) {
        return events.cycles(platformCode, MAX_CYCLES);
    }

    @Override
    @RolesAllowed({COORDINATOR, ADMIN})
    public PublicEvent planEvent(long cycleId, EventDetails details) {
        Cycle cycle = events.cycle(cycleId).filter(found -> access.worksOn(found.getPlatform().getCode(), context))
                .orElseThrow(() -> BusinessException.notFound("Le temps fort n° " + cycleId + " n’existe pas."));
        PublicEvent event = new PublicEvent(cycle, details);
        events.store(event);
        auditTrail.record(access.caller(context), cycle.getPlatform().getCode(), EVENT, event.getId(),
                "event.planned", "Événement programmé : " + event.getTitle() + " le " + DAY.format(event.getDate())
                        + ".");
        return event;
    }

    @Override
    @RolesAllowed({COORDINATOR, ADMIN})
    public PublicEvent editEvent(long eventId, long version, EventDetails details) {
        // Locked before the change: a locking read refreshes the event, which would undo an earlier edit.
        EventRoll roll = events.lockedRoll(eventId);
        PublicEvent event = roll.event();
        if (event.getVersion() != version) {
            throw BusinessException.conflict("Cet événement a été modifié entre-temps. Rechargez la page.");
        }
        event.edit(details);
        roll.fill().forEach(this::tellPromoted);
        auditTrail.record(access.caller(context), event.getCycle().getPlatform().getCode(), EVENT, eventId,
                "event.edited", "Événement modifié : " + event.getTitle() + ".");
        return event;
    }

    @Override
    @RolesAllowed({COORDINATOR, ADMIN})
    public PublicEvent cancelEvent(long eventId, long version) {
        PublicEvent event = current(eventId, version);
        event.cancel();
        EventRoll roll = events.roll(eventId);
        for (EventRegistration registration : Stream.concat(roll.registered().stream(), roll.waiting().stream())
                .toList()) {
            tell(registration, "event.cancelled");
        }
        auditTrail.record(access.caller(context), event.getCycle().getPlatform().getCode(), EVENT, eventId,
                "event.cancelled", "Événement annulé : " + event.getTitle() + ".");
        return event;
    }

    @Override
    @PermitAll
    public List<PublicEvent> upcoming(String platformCode) {
        return events.upcoming(platformCode, LocalDate.now(clock.withZone(PARIS)), inNetwork(platformCode),
                MAX_EVENTS);
    }

    @Override
    @PermitAll
    public List<PublicEvent> eventsOfCycle(long cycleId) {
        return events.ofCycle(cycleId, MAX_EVENTS).stream()
                .filter(e -> e.isPublic() || inNetwork(e.getCycle().getPlatform().getCode())).toList();
    }

    @Override
    @PermitAll
    public List<PublicEvent> publicBetween(String platformCode, LocalDate from, LocalDate to) {
        return events.publicBetween(platformCode, from, to, MAX_EVENTS);
    }

    @Override
    @PermitAll
    public Page<HeldEvent> held(String platformCode, int first, int size) {
        boolean network = inNetwork(platformCode);
        int from = Page.boundedFirst(first);
        int bounded = Page.boundedSize(size);
        return cache.kept(HELD + platformCode + " " + network + " " + from + " " + bounded,
                () -> new Page<>(events.held(platformCode, network, from, bounded), from, bounded,
                        events.countHeld(platformCode, network)).map(HeldEvent::of));
    }

    @Override
    @PermitAll
    public PublicEvent event(long eventId) {
        return events.event(eventId).filter(e -> e.isPublic() || inNetwork(e.getCycle().getPlatform().getCode()))
                .orElseThrow(() -> BusinessException.notFound("L’événement n° " + eventId + " n’existe pas."));
    }

    @Override
    @PermitAll
    public int placesLeft(long eventId) {
        event(eventId);
        return events.roll(eventId).placesLeft();
    }

    @Override
    @PermitAll
    public EventRegistration register(long eventId, String name, String email, String phone, ParticipantKind kind,
            boolean consent) {
        event(eventId);
        EventRoll roll = events.lockedRoll(eventId);
        if (!roll.event().isClosed() && !roll.event().acceptsRegistrations(ZonedDateTime.now(clock.withZone(PARIS)))) {
            throw BusinessException.conflict("Cet événement a commencé : les inscriptions sont closes.");
        }
        // A member of the network registers as such, with their organisation, so that its presence counts.
        Organisation organisation = access.organisationOf(context).flatMap(organisations::find).orElse(null);
        ParticipantKind as = organisation == null ? kind
                : context.isCallerInRole(STAFF) ? ParticipantKind.STAFF : ParticipantKind.PARTNER_MEMBER;
        Participant participant = new Participant(name, email, phone, as, organisation,
                consent ? IdeaSubmission.CONSENT_TEXT_VERSION : null);
        EventRegistration registration = roll.register(participant, Instant.now(clock));
        registration.writesIn(origin.language());
        events.store(registration);
        PublicEvent event = roll.event();
        boolean waiting = registration.getStatus() == Enrolment.Status.WAITING;
        auditTrail.record(access.caller(context), event.getCycle().getPlatform().getCode(), EVENT, eventId,
                "event.registration", (waiting ? "Inscription en liste d’attente : " : "Inscription : ")
                        + registration.getName() + ".");
        tell(registration, waiting ? "event.waiting" : "event.registered");
        return registration;
    }

    @Override
    @RolesAllowed({COORDINATOR, ADMIN})
    public EventRoll cancelRegistration(long eventId, long registrationId) {
        EventRoll roll = events.lockedRoll(eventId);
        EventRegistration registration = Stream.concat(roll.registered().stream(), roll.waiting().stream())
                .filter(r -> r.getId() == registrationId).findFirst()
                .orElseThrow(() -> BusinessException.conflict("Cette inscription est déjà annulée."));
        roll.cancel(registration).ifPresent(this::tellPromoted);
        auditTrail.record(access.caller(context), roll.event().getCycle().getPlatform().getCode(), EVENT, eventId,
                "event.registration.cancelled", "Inscription annulée : " + registration.getName() + ".");
        return roll;
    }

    @Override
    @RolesAllowed({COORDINATOR, STAFF, ADMIN})
    public EventRoll roll(long eventId) {
        return events.roll(eventId);
    }

    @Override
    @RolesAllowed({COORDINATOR, ADMIN})
    public PublicEvent recordHeld(long eventId, long version, Set<Long> presentRegistrationIds, String summary) {
        EventRoll roll = events.lockedRoll(eventId);
        PublicEvent event = roll.event();
        if (event.getVersion() != version) {
            throw BusinessException.conflict("Cet événement a été modifié entre-temps. Rechargez la page.");
        }
        roll.recordAttendance(presentRegistrationIds == null ? Set.of() : presentRegistrationIds);
        event.recordHeld(summary, LocalDate.now(clock.withZone(PARIS)));
        auditTrail.record(access.caller(context), event.getCycle().getPlatform().getCode(), EVENT, eventId,
                "event.held", "Événement passé : " + roll.registered().stream()
                        .filter(r -> Boolean.TRUE.equals(r.getAttended())).count() + " présents sur "
                        + roll.registered().size() + " inscrits.");
        return event;
    }

    /** The event, if it is of a platform the caller works on (any other is answered as missing), at this version. */
    private PublicEvent current(long eventId, long version) {
        PublicEvent event = events.event(eventId)
                .filter(found -> access.worksOn(found.getCycle().getPlatform().getCode(), context))
                .orElseThrow(() -> BusinessException.notFound("L’événement n° " + eventId + " n’existe pas."));
        if (event.getVersion() != version) {
            throw BusinessException.conflict("Cet événement a été modifié entre-temps. Rechargez la page.");
        }
        return event;
    }

    /** The network: the team and the partners' members, who see the events reserved to them. */
    /** Whether the caller belongs to the network of this platform, and so sees its events reserved to it. */
    private boolean inNetwork(String platformCode) {
        return access.worksOn(platformCode, context);
    }

    private void tellPromoted(EventRegistration registration) {
        tell(registration, "event.promoted");
    }

    private void tell(EventRegistration registration, String key) {
        if (registration.getEmail() != null) {
            PublicEvent event = registration.getEvent();
            MailTexts texts = MailTexts.in(registration.getLanguage());
            messages.fire(MessagesReady.of(texts.message(registration.getEmail(), registration.getName(), key,
                    "signature.platform", "title", event.getTitle(), "day", texts.day(event.getDate()), "platform",
                    event.getCycle().getPlatform().getName())));
        }
    }
}
