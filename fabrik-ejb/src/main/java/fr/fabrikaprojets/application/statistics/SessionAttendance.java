package fr.fabrikaprojets.application.statistics;

import fr.fabrikaprojets.domain.model.session.SessionMode;
import fr.fabrikaprojets.domain.model.session.SessionStatus;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * One session of the year with who came: people marked present on its roll, the partner organisations they
 * represented, the projects on its agenda.
 */
public final class SessionAttendance implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long sessionId;
    private final LocalDate date;
    private final String place;
    private final SessionMode mode;
    private final SessionStatus status;
    private final long people;
    private final long organisations;
    private final long projects;

    public SessionAttendance(long sessionId, LocalDate date, String place, SessionMode mode, SessionStatus status,
            long people, long organisations, long projects) {
        this.sessionId = sessionId;
        this.date = date;
        this.place = place;
        this.mode = mode;
        this.status = status;
        this.people = people;
        this.organisations = organisations;
        this.projects = projects;
    }

    public long getSessionId() {
        return sessionId;
    }

    public LocalDate getDate() {
        return date;
    }

    /** The venue and commune, or null while the place is to be decided. */
    public String getPlace() {
        return place;
    }

    public SessionMode getMode() {
        return mode;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public boolean isHeld() {
        return status == SessionStatus.HELD;
    }

    public long getPeople() {
        return people;
    }

    public long getOrganisations() {
        return organisations;
    }

    public long getProjects() {
        return projects;
    }
}
