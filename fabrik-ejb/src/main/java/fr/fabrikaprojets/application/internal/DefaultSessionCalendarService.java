package fr.fabrikaprojets.application.internal;

import static fr.fabrikaprojets.domain.shared.Roles.ADMIN;
import static fr.fabrikaprojets.domain.shared.Roles.COORDINATOR;
import static fr.fabrikaprojets.domain.shared.Roles.PARTNER;
import static fr.fabrikaprojets.domain.shared.Roles.STAFF;

import fr.fabrikaprojets.application.AgendaView;
import fr.fabrikaprojets.application.CalendarOfYear;
import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.application.SessionCalendarService;
import fr.fabrikaprojets.application.SessionEdit;
import fr.fabrikaprojets.application.SessionPage;
import fr.fabrikaprojets.domain.model.audit.AuditEntry;
import fr.fabrikaprojets.domain.model.audit.AuditRepository;
import fr.fabrikaprojets.domain.model.commune.Commune;
import fr.fabrikaprojets.domain.model.commune.CommuneRepository;
import fr.fabrikaprojets.domain.model.event.EventRepository;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.presentation.PresentationRepository;
import fr.fabrikaprojets.domain.model.session.Place;
import fr.fabrikaprojets.domain.model.session.Session;
import fr.fabrikaprojets.domain.model.session.SessionDate;
import fr.fabrikaprojets.domain.model.session.SessionRepository;
import fr.fabrikaprojets.domain.model.session.SessionStatus;
import fr.fabrikaprojets.domain.model.session.YearCalendar;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

@Stateless
public class DefaultSessionCalendarService implements SessionCalendarService {

    /** A platform meets monthly; the bound leaves room for extra sessions without ever loading an unbounded list. */
    private static final int MAX_SESSIONS_PER_YEAR = 400;
    private static final int MAX_FEED_SESSIONS = 1000;
    /** A platform's temps forts hold a few dozen events a year. */
    private static final int MAX_EVENTS_PER_YEAR = 200;
    /** What {@link ActivityCache#kept} keeps a year's public calendar under. */
    private static final String CALENDAR = "calendar: ";
    /** What {@link ActivityCache#kept} keeps sessions' pages under. */
    private static final String SESSION_PAGE = "session page";
    /** What {@link ActivityCache#kept} keeps the days of the sessions the projects list offers under. */
    private static final String SESSION_DAYS = "session days: ";

    /** How sessions are named in the audit trail. */
    static final String SUBJECT = "Session";

    @Inject
    private ActivityCache cache;

    @Inject
    private CommuneRepository communes;

    @Inject
    private SessionRepository sessions;

    @Inject
    private EventRepository events;

    @Inject
    private AuditRepository audit;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    @Inject
    private SessionChangeNotice notice;

    @Resource
    private SessionContext context;

    @Inject
    private InputValidation inputs;

    @Inject
    private ProjectAccess access;

    @Inject
    private PresentationRepository presentations;

    @Override
    @PermitAll
    public List<Session> sessionsOfYear(String platformCode, int year) {
        YearCalendar.requireYear(year);
        return sessions.between(platformCode, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                MAX_SESSIONS_PER_YEAR);
    }

    @Override
    @PermitAll
    public CalendarOfYear calendarOfYear(String platformCode, int year) {
        YearCalendar.requireYear(year);
        return cache.kept(CALENDAR + platformCode + " " + year, () -> new CalendarOfYear(
                sessions.between(platformCode, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                        MAX_SESSIONS_PER_YEAR),
                events.publicBetween(platformCode, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                        MAX_EVENTS_PER_YEAR)));
    }

    @Override
    @PermitAll
    public List<SessionDate> sessionsAround(String platformCode, int year) {
        YearCalendar.requireYear(year);
        return cache.kept(SESSION_DAYS + platformCode + " " + year, () -> List.copyOf(sessions.datesBetween(
                platformCode, LocalDate.of(year - 1, 1, 1), LocalDate.of(year + 1, 12, 31), 3 * MAX_SESSIONS_PER_YEAR)));
    }

    @Override
    @PermitAll
    public Optional<YearCalendar> findYear(String platformCode, int year) {
        YearCalendar.requireYear(year);
        return sessions.findYear(platformCode, year);
    }

    @Override
    @PermitAll
    public Optional<Session> findSession(long id) {
        return sessions.find(id);
    }

    @Override
    @PermitAll
    public Session getSession(long id) {
        return sessions.find(id).orElseThrow(
                () -> BusinessException.notFound("La réunion n° " + id + " n'existe pas ou a été retirée du calendrier."));
    }

    @Override
    @PermitAll
    public Optional<Session> nextSession(String platformCode, LocalDate from) {
        return sessions.nextFrom(platformCode, from);
    }

    @Override
    @PermitAll
    public List<Session> feed(String platformCode, LocalDate from, LocalDate to) {
        return sessions.between(platformCode, from, to, MAX_FEED_SESSIONS);
    }

    @Override
    @RolesAllowed({COORDINATOR, ADMIN})
    public List<Session> generateYear(String platformCode, int year) {
        YearCalendar calendar = yearCalendar(platformCode, year);
        List<YearMonth> planned = sessionsOfYear(platformCode, year).stream()
                .map(session -> YearMonth.from(session.getDate())).distinct().collect(Collectors.toList());
        List<Session> created = new ArrayList<>();
        for (LocalDate date : calendar.plannedDates()) {
            if (!planned.contains(YearMonth.from(date))) {
                created.add(plan(calendar.getPlatform(), date, "Réunion planifiée (calendrier " + year + ")."));
            }
        }
        return created;
    }

    @Override
    @RolesAllowed({COORDINATOR, ADMIN})
    public void removeMonth(String platformCode, int year, Month month) {
        requireMonth(month);
        YearCalendar calendar = yearCalendar(platformCode, year);
        for (Session session : sessionsIn(platformCode, YearMonth.of(year, month))) {
            if (session.getStatus() != SessionStatus.CANCELLED && session.getSequence() > 0) {
                throw BusinessException.conflict("La réunion du " + session.getDate() + " a déjà été modifiée ou "
                        + "confirmée : annulez-la avec un motif plutôt que de retirer le mois de "
                        + YearCalendar.monthName(month) + ".");
            }
        }
        sessionsIn(platformCode, YearMonth.of(year, month)).stream()
                .filter(session -> session.getSequence() == 0).forEach(session -> {
                    record(session, "session.removed", "Réunion du " + session.getDate() + " supprimée : mois de "
                            + YearCalendar.monthName(month) + " retiré du calendrier.");
                    sessions.remove(session);
                });
        calendar.removeMonth(month);
    }

    @Override
    @RolesAllowed({COORDINATOR, ADMIN})
    public Session restoreMonth(String platformCode, int year, Month month) {
        requireMonth(month);
        YearCalendar calendar = yearCalendar(platformCode, year);
        if (!calendar.isRemoved(month)) {
            throw BusinessException.invalid("Le mois de " + YearCalendar.monthName(month) + " " + year
                    + " n'a pas été retiré du calendrier.");
        }
        calendar.restoreMonth(month);
        LocalDate date = calendar.getPlatform().getCalendarRule().dateIn(YearMonth.of(year, month));
        return plan(calendar.getPlatform(), date, "Mois de " + YearCalendar.monthName(month) + " rétabli.");
    }

    @Override
    @RolesAllowed({COORDINATOR, ADMIN})
    public Session editSession(SessionEdit edit) {
        inputs.requireValid(edit, "La modification de la réunion est vide.");
        Session session = lockedForEdit(edit.sessionId(), edit.version());
        String platformCode = session.getPlatform().getCode();
        if (!edit.date().equals(session.getDate())) {
            yearCalendar(platformCode, session.getDate().getYear()).requireOpenFor(edit.date());
            boolean dayTaken = sessions.between(platformCode, edit.date(), edit.date(), 2).stream()
                    .anyMatch(other -> !other.getId().equals(session.getId())
                            && other.getStatus() != SessionStatus.CANCELLED);
            if (dayTaken) {
                throw BusinessException.conflict("Une autre réunion a déjà lieu le " + edit.date() + ".");
            }
        }
        Place place = placeFor(session.getPlatform(), edit);
        SessionChangeNotice.Before before = SessionChangeNotice.Before.of(session);
        List<String> changes = new ArrayList<>();
        changes.add(session.reschedule(edit.date(), edit.startTime(), edit.endTime()));
        changes.add(session.moveTo(place));
        changes.add(session.switchMode(edit.mode(), edit.videoLink()));
        changes.removeIf(Objects::isNull);
        changes.forEach(change -> record(session, "session.edited", change));
        notice.tell(session, before);
        return session;
    }

    @Override
    @RolesAllowed({COORDINATOR, ADMIN})
    public Session confirmSession(long sessionId, long version) {
        Session session = lockedForEdit(sessionId, version);
        record(session, "session.confirmed", session.confirm());
        return session;
    }

    @Override
    @RolesAllowed({COORDINATOR, ADMIN})
    public Session markHeld(long sessionId, long version) {
        Session session = lockedForEdit(sessionId, version);
        LocalDate today = LocalDate.now(clock.withZone(session.getPlatform().getTimeZone()));
        record(session, "session.held", session.markHeld(today));
        return session;
    }

    @Override
    @RolesAllowed({COORDINATOR, ADMIN})
    public Session cancelSession(long sessionId, long version, String reason) {
        Session session = lockedForEdit(sessionId, version);
        String cancelled = session.cancel(reason);
        record(session, "session.cancelled", cancelled);
        notice.tellCancelled(session);
        return session;
    }

    /**
     * The session read once, and its agenda and history in the same transaction, the agenda finding the session in
     * it; kept for every reader of the same kind until the next change. The history's page is probed (one row more)
     * rather than counted: the page offers only "next". The team's page holds the history: whether this reader works
     * on the session's platform is asked each time.
     */
    @Override
    @PermitAll
    public Optional<SessionPage> sessionPage(long sessionId, int historyFirst, int historySize) {
        boolean team = context.isCallerInRole(COORDINATOR) || context.isCallerInRole(STAFF)
                || context.isCallerInRole(ADMIN);
        boolean network = team || context.isCallerInRole(PARTNER);
        int first = Page.boundedFirst(historyFirst);
        int size = Page.boundedSize(historySize);
        Optional<SessionPage> page = cache.kept(SESSION_PAGE + " " + sessionId + " " + first + " " + size + " "
                + network + " " + team, () -> sessions.find(sessionId).map(session -> new SessionPage(session,
                        network ? AgendaView.of(presentations.agenda(sessionId)) : null,
                        team ? Page.probed(audit.ofSubject(SUBJECT, String.valueOf(sessionId), first, size + 1),
                                first, size) : null)));
        return page.map(found -> team && !access.worksOn(found.getPlatformCode(), context)
                ? found.withoutHistory() : found);
    }

    private static void requireMonth(Month month) {
        if (month == null) {
            throw BusinessException.invalid("Le mois est obligatoire.");
        }
    }

    private Session plan(Platform platform, LocalDate date, String why) {
        Session session = new Session(platform, date, platform.getCalendarRule().getStartTime(),
                platform.getCalendarRule().getEndTime());
        sessions.store(session);
        record(session, "session.planned", why);
        return session;
    }

    private List<Session> sessionsIn(String platformCode, YearMonth month) {
        return sessions.between(platformCode, month.atDay(1), month.atEndOfMonth(), MAX_SESSIONS_PER_YEAR);
    }

    /** The year's calendar, for the platform's own coordination only. */
    private YearCalendar yearCalendar(String platformCode, int year) {
        access.requireMember(platformCode, context);
        YearCalendar.requireYear(year);
        return sessions.findYear(platformCode, year).orElseGet(() -> {
            YearCalendar calendar = new YearCalendar(access.existing(platformCode), year);
            sessions.store(calendar);
            return calendar;
        });
    }

    /** Optimistic locking across the form's round trip: the version the user saw must still be the current one. */
    private Session lockedForEdit(long sessionId, long version) {
        Session session = getSession(sessionId);
        access.requireMember(session.getPlatform().getCode(), context);
        if (session.getVersion() != version) {
            throw BusinessException.conflict("Cette réunion a été modifiée par quelqu'un d'autre pendant que vous "
                    + "la consultiez. Rechargez la page pour voir ses nouvelles informations.");
        }
        return session;
    }

    private Place placeFor(Platform platform, SessionEdit edit) {
        if (edit.communeCode() == null || edit.communeCode().isBlank()) {
            if ((edit.venue() != null && !edit.venue().isBlank())
                    || (edit.address() != null && !edit.address().isBlank())) {
                throw BusinessException.invalid("Choisissez la commune du lieu, ou videz le lieu et l'adresse pour "
                        + "indiquer « Lieu à déterminer ».");
            }
            return Place.toBeDecided();
        }
        Commune commune = communes.find(edit.communeCode())
                .filter(found -> found.getPlatform().getId().equals(platform.getId()))
                .orElseThrow(() -> BusinessException.invalid("La commune « " + edit.communeCode()
                        + " » ne fait pas partie du territoire de " + platform.getName() + "."));
        return Place.at(commune, edit.venue(), edit.address());
    }

    private void record(Session session, String action, String change) {
        if (change != null) {
            auditTrail.record(caller(), session.getPlatform().getCode(), SUBJECT, session.getId(), action, change);
        }
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
