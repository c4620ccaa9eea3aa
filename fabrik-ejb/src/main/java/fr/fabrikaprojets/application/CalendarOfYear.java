package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.event.EventKind;
import fr.fabrikaprojets.domain.model.event.EventStatus;
import fr.fabrikaprojets.domain.model.event.PublicEvent;
import fr.fabrikaprojets.domain.model.session.Place;
import fr.fabrikaprojets.domain.model.session.Session;
import fr.fabrikaprojets.domain.model.session.SessionMode;
import fr.fabrikaprojets.domain.model.session.SessionStatus;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A platform's public calendar of a year as its page shows it: the sessions, then the public events of the temps
 * forts. Immutable, so that one copy serves every reader until the next change. Classes with getters rather than
 * records, because Faces pages read bean properties only.
 */
public final class CalendarOfYear implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<SessionLine> sessions;
    private final List<EventLine> events;

    public CalendarOfYear(List<Session> sessions, List<PublicEvent> events) {
        this.sessions = sessions.stream().map(SessionLine::new).toList();
        this.events = events.stream().map(EventLine::new).toList();
    }

    public List<SessionLine> getSessions() {
        return sessions;
    }

    public List<EventLine> getEvents() {
        return events;
    }

    /** Where a gathering takes place, as the calendar writes it; null while undecided. */
    private static String described(Place place) {
        return place != null && place.isDecided() ? place.describe() : null;
    }

    /** A session: its day, hours, place or videoconference, and status. */
    public static final class SessionLine implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final LocalDate date;
        private final LocalTime startTime;
        private final LocalTime endTime;
        private final SessionMode mode;
        private final String place;
        private final SessionStatus status;

        SessionLine(Session session) {
            id = session.getId();
            date = session.getDate();
            startTime = session.getStartTime();
            endTime = session.getEndTime();
            mode = session.getMode();
            place = described(session.getPlace());
            status = session.getStatus();
        }

        public long getId() {
            return id;
        }

        public LocalDate getDate() {
            return date;
        }

        public LocalTime getStartTime() {
            return startTime;
        }

        public LocalTime getEndTime() {
            return endTime;
        }

        public SessionMode getMode() {
            return mode;
        }

        /** The place, or null while it is to be decided. */
        public String getPlace() {
            return place;
        }

        public SessionStatus getStatus() {
            return status;
        }
    }

    /** A public event of a temps fort: its day, hours, kind, title, place and whether it is online, and status. */
    public static final class EventLine implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final LocalDate date;
        private final LocalTime start;
        private final LocalTime end;
        private final EventKind kind;
        private final String title;
        private final String place;
        private final boolean online;
        private final EventStatus status;

        EventLine(PublicEvent event) {
            id = event.getId();
            date = event.getDate();
            start = event.getStart();
            end = event.getEnd();
            kind = event.getKind();
            title = event.getTitle();
            place = described(event.getPlace());
            online = event.isOnline();
            status = event.getStatus();
        }

        public long getId() {
            return id;
        }

        public LocalDate getDate() {
            return date;
        }

        public LocalTime getStart() {
            return start;
        }

        public LocalTime getEnd() {
            return end;
        }

        public EventKind getKind() {
            return kind;
        }

        public String getTitle() {
            return title;
        }

        /** The place, or null while it is to be decided. */
        public String getPlace() {
            return place;
        }

        public boolean isOnline() {
            return online;
        }

        public EventStatus getStatus() {
            return status;
        }
    }
}
