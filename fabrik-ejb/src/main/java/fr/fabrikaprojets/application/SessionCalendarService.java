package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.session.Session;
import fr.fabrikaprojets.domain.model.session.SessionDate;
import fr.fabrikaprojets.domain.model.session.YearCalendar;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;

/**
 * The monthly sessions of a platform: planning a year from the calendar rule, then deciding each session's place,
 * mode and status. Reads are public (the calendar is printed on a flyer); changes are the coordinator's.
 */
public interface SessionCalendarService {

    /** A year's sessions, cancelled ones included, by date. */
    List<Session> sessionsOfYear(String platformCode, int year);

    /**
     * The public calendar of a year: its sessions, then the temps forts' public events. Until the next recorded change
     * commits (and a few minutes at most), every reader of a platform's year is answered with the same calendar.
     */
    CalendarOfYear calendarOfYear(String platformCode, int year);

    /** The sessions of the year before, the year and the year after, by date, in one read: the lists' choice. */
    List<SessionDate> sessionsAround(String platformCode, int year);

    Optional<YearCalendar> findYear(String platformCode, int year);

    Optional<Session> findSession(long id);

    /** The session or a NOT_FOUND business exception with a French message. */
    Session getSession(long id);

    /** The next session not cancelled, from the given day on. */
    Optional<Session> nextSession(String platformCode, LocalDate from);

    /** Sessions between two dates for a calendar feed, bounded. */
    List<Session> feed(String platformCode, LocalDate from, LocalDate to);

    /**
     * Plans every month of the year not removed and not already planned, on the date of the platform's rule.
     * Running it twice changes nothing.
     */
    List<Session> generateYear(String platformCode, int year);

    /** Removes a month: its planned session, if untouched, is deleted; a confirmed one must be cancelled instead. */
    void removeMonth(String platformCode, int year, Month month);

    /** Restores a removed month and plans its session on the rule's date. */
    Session restoreMonth(String platformCode, int year, Month month);

    /** Applies the coordinator's form; its constraints are checked first (French Bean Validation messages). */
    Session editSession(SessionEdit edit);

    Session confirmSession(long sessionId, long version);

    Session markHeld(long sessionId, long version);

    Session cancelSession(long sessionId, long version, String reason);

    /**
     * A session's page for its reader: the session to anyone; its agenda to the network (partners, staff,
     * coordination); a page of its history, from {@code historyFirst}, to the team of the session's platform. Empty
     * when there is no such session.
     */
    Optional<SessionPage> sessionPage(long sessionId, int historyFirst, int historySize);
}
