package fr.fabrikaprojets.application.internal;

import static fr.fabrikaprojets.domain.shared.Roles.ADMIN;
import static fr.fabrikaprojets.domain.shared.Roles.COORDINATOR;
import static fr.fabrikaprojets.domain.shared.Roles.STAFF;

import fr.fabrikaprojets.application.IdeaSubmission;
import fr.fabrikaprojets.application.RegistrationService;
import fr.fabrikaprojets.application.RequestOrigin;
import fr.fabrikaprojets.application.RollView;
import fr.fabrikaprojets.application.SignInSheet;
import fr.fabrikaprojets.application.notification.MailTexts;
import fr.fabrikaprojets.application.notification.MessagesReady;
import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.model.organisation.OrganisationRepository;
import fr.fabrikaprojets.domain.model.session.Participant;
import fr.fabrikaprojets.domain.model.session.ParticipantKind;
import fr.fabrikaprojets.domain.model.session.Registration;
import fr.fabrikaprojets.domain.model.session.RegistrationRepository;
import fr.fabrikaprojets.domain.model.session.Session;
import fr.fabrikaprojets.domain.model.session.SessionRoll;
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
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

@Stateless
public class DefaultRegistrationService implements RegistrationService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);
    private static final int MAX_PARTNERS = 100;

    @Inject
    private RegistrationRepository registrations;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private SignInSheet sheets;

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
    @PermitAll
    public Registration register(long sessionId, String name, String email, String phone, ParticipantKind kind,
            Long organisationId, boolean consent) {
        SessionRoll roll = registrations.lockedRoll(sessionId);
        Organisation organisation = organisationId == null ? null : organisations.find(organisationId)
                .filter(found -> Objects.equals(found.getPlatform().getId(), roll.session().getPlatform().getId()))
                .orElseThrow(() -> BusinessException.invalid("Choisissez une organisation du réseau."));
        Participant participant = new Participant(name, email, phone, kind, organisation,
                consent ? IdeaSubmission.CONSENT_TEXT_VERSION : null);
        Registration registration = roll.register(participant, Instant.now(clock));
        registration.writesIn(origin.language());
        registrations.store(registration);
        boolean waiting = registration.getStatus() == Registration.Status.WAITING;
        auditTrail.record(access.caller(context), roll.session().getPlatform().getCode(), "Session", sessionId,
                "session.registration", (waiting ? "Inscription en liste d’attente : " : "Inscription : ")
                        + registration.getName() + ".");
        tell(registration, waiting ? "session.waiting" : "session.registered");
        return registration;
    }

    @Override
    @PermitAll
    public int placesLeft(long sessionId) {
        return registrations.roll(sessionId).placesLeft();
    }

    @Override
    @RolesAllowed({COORDINATOR, STAFF, ADMIN})
    public RollView roll(long sessionId) {
        return view(registrations.roll(sessionId));
    }

    @Override
    @RolesAllowed({COORDINATOR, ADMIN})
    public void cancel(long registrationId, long version) {
        Registration registration = registrations.find(registrationId)
                .orElseThrow(() -> BusinessException.notFound("Cette inscription n’existe pas."));
        if (registration.getVersion() != version) {
            throw BusinessException.conflict("Cette inscription a changé entre-temps. Rechargez la page.");
        }
        SessionRoll roll = registrations.lockedRoll(registration.getSession().getId());
        Registration current = roll.registered().stream().filter(r -> r.getId().equals(registrationId)).findFirst()
                .or(() -> roll.waiting().stream().filter(r -> r.getId().equals(registrationId)).findFirst())
                .orElseThrow(() -> BusinessException.conflict("Cette inscription est déjà annulée."));
        roll.cancel(current).ifPresent(this::tellPromoted);
        auditTrail.record(access.caller(context), roll.session().getPlatform().getCode(), "Session",
                roll.session().getId(), "session.registration.cancelled", "Inscription annulée : "
                        + current.getName() + ".");
    }

    @Override
    @RolesAllowed({COORDINATOR, ADMIN})
    public RollView changeCapacity(long sessionId, long version, int places) {
        SessionRoll roll = registrations.lockedRoll(sessionId);
        if (roll.session().getVersion() != version) {
            throw BusinessException.conflict("Cette réunion a été modifiée entre-temps. Rechargez la page.");
        }
        if (places < roll.registered().size()) {
            throw BusinessException.conflict(roll.registered().size() + " personnes sont déjà inscrites : annulez "
                    + "des inscriptions avant de réduire le nombre de places à " + places + ".");
        }
        String change = roll.session().changeCapacity(places);
        if (change != null) {
            auditTrail.record(access.caller(context), roll.session().getPlatform().getCode(), "Session", sessionId,
                    "session.capacity", change);
            roll.fill().forEach(this::tellPromoted);
        }
        return view(roll);
    }

    @Override
    @RolesAllowed({COORDINATOR, ADMIN})
    public RollView recordAttendance(long sessionId, Set<Long> presentRegistrationIds) {
        SessionRoll roll = registrations.lockedRoll(sessionId);
        Set<Long> present = presentRegistrationIds == null ? Set.of() : presentRegistrationIds;
        roll.recordAttendance(present);
        auditTrail.record(access.caller(context), roll.session().getPlatform().getCode(), "Session", sessionId,
                "session.attendance", "Présences : " + present.size() + " sur " + roll.registered().size()
                        + " inscrits.");
        return view(roll);
    }

    @Override
    @RolesAllowed({COORDINATOR, STAFF, ADMIN})
    public byte[] signInSheet(long sessionId) {
        SessionRoll roll = registrations.roll(sessionId);
        Session session = roll.session();
        String place = session.getPlace() != null && session.getPlace().isDecided() ? session.getPlace().describe()
                : "Lieu à déterminer";
        return sheets.print(session, place, roll.registered());
    }

    private RollView view(SessionRoll roll) {
        List<Organisation> represented = new ArrayList<>();
        List<Organisation> absent = new ArrayList<>();
        for (Organisation partner : organisations.signatories(roll.session().getPlatform().getCode(), 0,
                MAX_PARTNERS)) {
            (roll.represented(partner.getId()) ? represented : absent).add(partner);
        }
        return new RollView(roll.session(), roll.registered(), roll.waiting(), represented, absent);
    }

    private void tellPromoted(Registration promoted) {
        tell(promoted, "session.promoted");
    }

    private void tell(Registration registration, String key) {
        if (registration.getEmail() != null) {
            MailTexts texts = MailTexts.in(registration.getLanguage());
            messages.fire(MessagesReady.of(texts.message(registration.getEmail(), registration.getName(), key,
                    "signature.platform", "day", texts.day(registration.getSession().getDate()), "platform",
                    registration.getSession().getPlatform().getName())));
        }
    }

    private static String day(Session session) {
        return DAY.format(session.getDate());
    }
}
