package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.audit.AuditEntry;
import fr.fabrikaprojets.domain.model.presentation.MinutesStatus;
import fr.fabrikaprojets.domain.model.session.Session;
import fr.fabrikaprojets.domain.model.session.SessionMode;
import fr.fabrikaprojets.domain.model.session.SessionStatus;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What a session's page shows, as values read in one transaction: the session, then, as its reader may see them, its
 * agenda (the network's) and a page of its history (the platform's team). Immutable, so that one reading serves every
 * reader who may see the same until the next change: read for each view, the page cost about four times the empty page
 * at 100,000 projects (BENCHMARKS.md, run 45). Classes with getters rather than records, because Faces pages read bean
 * properties only.
 */
public final class SessionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String platformCode;
    private final LocalDate date;
    private final LocalTime startTime;
    private final LocalTime endTime;
    private final SessionStatus status;
    private final boolean closed;
    private final String place;
    private final SessionMode mode;
    private final String videoLink;
    private final String cancellationReason;
    private final Agenda agenda;
    private final Page<Change> history;

    public SessionPage(Session session, AgendaView agenda, Page<AuditEntry> history) {
        id = session.getId();
        platformCode = session.getPlatform().getCode();
        date = session.getDate();
        startTime = session.getStartTime();
        endTime = session.getEndTime();
        status = session.getStatus();
        closed = session.isClosed();
        place = session.getPlace().isDecided() ? session.getPlace().describe() : null;
        mode = session.getMode();
        videoLink = session.getVideoLink();
        cancellationReason = session.getCancellationReason();
        this.agenda = agenda == null ? null : new Agenda(agenda);
        this.history = history == null ? null : history.map(Change::new);
    }

    private SessionPage(SessionPage page, Page<Change> history) {
        id = page.id;
        platformCode = page.platformCode;
        date = page.date;
        startTime = page.startTime;
        endTime = page.endTime;
        status = page.status;
        closed = page.closed;
        place = page.place;
        mode = page.mode;
        videoLink = page.videoLink;
        cancellationReason = page.cancellationReason;
        agenda = page.agenda;
        this.history = history;
    }

    /** This page without its history, for a reader of the team of another platform. */
    public SessionPage withoutHistory() {
        return history == null ? this : new SessionPage(this, null);
    }

    public long getId() {
        return id;
    }

    public String getPlatformCode() {
        return platformCode;
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

    public SessionStatus getStatus() {
        return status;
    }

    /** Held or cancelled: nobody registers any more, its agenda is no longer edited. */
    public boolean isClosed() {
        return closed;
    }

    /** Where it meets, as its address reads; null while the place is to be decided. */
    public String getPlace() {
        return place;
    }

    public SessionMode getMode() {
        return mode;
    }

    public String getVideoLink() {
        return videoLink;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    /** The agenda, or null for a reader outside the network. */
    public Agenda getAgenda() {
        return agenda;
    }

    /** A page of the history, newest first, or null for a reader outside the platform's team. */
    public Page<Change> getHistory() {
        return history;
    }

    /** The presentations of the session in their order, with their times, and the minutes still free. */
    public static final class Agenda implements Serializable {

        private static final long serialVersionUID = 1L;

        private final List<Slot> slots;
        private final long minutesLeft;

        Agenda(AgendaView agenda) {
            slots = agenda.getSlots().stream().map(Slot::new).toList();
            minutesLeft = agenda.getMinutesLeft();
        }

        public List<Slot> getSlots() {
            return slots;
        }

        public long getMinutesLeft() {
            return minutesLeft;
        }
    }

    /** One presentation: when, which project and holder, and where its minutes stand. */
    public static final class Slot implements Serializable {

        private static final long serialVersionUID = 1L;

        private final LocalTime start;
        private final LocalTime end;
        private final long projectId;
        private final String projectTitle;
        private final String holderName;
        private final MinutesStatus minutesStatus;

        Slot(AgendaView.Slot slot) {
            start = slot.getStart();
            end = slot.getEnd();
            projectId = slot.getPresentation().getProject().getId();
            projectTitle = slot.getPresentation().getProject().getTitle();
            holderName = slot.getPresentation().getProject().getHolder().getName();
            minutesStatus = slot.getPresentation().getMinutesStatus();
        }

        public LocalTime getStart() {
            return start;
        }

        public LocalTime getEnd() {
            return end;
        }

        public long getProjectId() {
            return projectId;
        }

        public String getProjectTitle() {
            return projectTitle;
        }

        public String getHolderName() {
            return holderName;
        }

        public MinutesStatus getMinutesStatus() {
            return minutesStatus;
        }
    }

    /** A change of the session: when, by whom, what. */
    public static final class Change implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Instant recordedAt;
        private final String actor;
        private final String action;
        private final String description;

        Change(AuditEntry entry) {
            recordedAt = entry.getRecordedAt();
            actor = entry.getActor();
            action = entry.getAction();
            description = entry.getDescription();
        }

        public Instant getRecordedAt() {
            return recordedAt;
        }

        public String getActor() {
            return actor;
        }

        /** The change's code, {@code session.planned} for instance. */
        public String getAction() {
            return action;
        }

        public String getDescription() {
            return description;
        }
    }
}
