package fr.fabrikaprojets.domain.model.session;

import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A monthly session of a platform. Times are wall-clock times in the platform's time zone (Europe/Paris).
 * <p>
 * Each method that changes the session returns a French sentence saying what changed (recorded in the history by the
 * service), or {@code null} when nothing changed, and increments {@link #getSequence() the iCalendar sequence}.
 * A cancelled or held session is closed: it can no longer be changed.
 */
@Entity
@Table(name = "sessions")
public class Session implements Serializable, Gathering {

    public static final int DEFAULT_CAPACITY = 40;

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter FRENCH_DATE =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE);

    @Id
    @SequenceGenerator(name = "sessions_seq", sequenceName = "sessions_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sessions_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "platform_id")
    private Platform platform;

    /** Stable across every change, so that calendar clients update the event instead of adding one. */
    @Column(nullable = false, unique = true, length = 80)
    private String uid;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    @Embedded
    private Place place;

    @Enumerated(EnumType.STRING)
    @Column(name = "session_mode", nullable = false, length = 10)
    private SessionMode mode;

    @Column(name = "video_link", length = 500)
    private String videoLink;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SessionStatus status;

    @Column(name = "cancellation_reason", length = 1000)
    private String cancellationReason;

    /** RFC 5545 SEQUENCE: 0 when planned, one more at each change. */
    @Column(name = "ical_sequence", nullable = false)
    private int sequence;

    /** How many people the room (or the video call) takes; beyond, registrations go to the waiting list. */
    @Column(nullable = false)
    private int capacity = DEFAULT_CAPACITY;

    protected Session() {
    }

    /** A session planned on a date, place to be decided, on site. */
    public Session(Platform platform, LocalDate date, LocalTime startTime, LocalTime endTime) {
        requireTimes(startTime, endTime);
        this.platform = Objects.requireNonNull(platform);
        this.uid = UUID.randomUUID() + "@" + platform.getCode() + ".fabrik";
        this.date = Objects.requireNonNull(date);
        this.startTime = startTime;
        this.endTime = endTime;
        this.place = Place.toBeDecided();
        this.mode = SessionMode.ON_SITE;
        this.status = SessionStatus.PLANNED;
    }

    public String reschedule(LocalDate newDate, LocalTime newStart, LocalTime newEnd) {
        requireOpen();
        Objects.requireNonNull(newDate);
        requireTimes(newStart, newEnd);
        StringBuilder change = new StringBuilder();
        if (!newDate.equals(date)) {
            change.append("Date déplacée du ").append(FRENCH_DATE.format(date)).append(" au ")
                    .append(FRENCH_DATE.format(newDate)).append(". ");
            date = newDate;
        }
        if (!newStart.equals(startTime) || !newEnd.equals(endTime)) {
            change.append("Horaires : ").append(hours(startTime, endTime)).append(" → ")
                    .append(hours(newStart, newEnd)).append(". ");
            startTime = newStart;
            endTime = newEnd;
        }
        return changed(change);
    }

    public String moveTo(Place newPlace) {
        requireOpen();
        if (getPlace().sameAs(newPlace)) {
            return null;
        }
        String change = "Lieu : " + getPlace().describe() + " → " + newPlace.describe() + ".";
        place = newPlace;
        return changed(new StringBuilder(change));
    }

    public String switchMode(SessionMode newMode, String newVideoLink) {
        requireOpen();
        Objects.requireNonNull(newMode);
        String link = newMode.needsVideoLink() ? requireVideoLink(newVideoLink) : null;
        if (newMode == mode && Objects.equals(link, videoLink)) {
            return null;
        }
        StringBuilder change = new StringBuilder();
        if (newMode != mode) {
            change.append("Mode : ").append(mode.label()).append(" → ").append(newMode.label()).append(". ");
        }
        if (!Objects.equals(link, videoLink) && link != null) {
            change.append("Lien de visioconférence : ").append(link).append(". ");
        }
        mode = newMode;
        videoLink = link;
        return changed(change);
    }

    public String confirm() {
        requireOpen();
        if (status == SessionStatus.CONFIRMED) {
            return null;
        }
        status = SessionStatus.CONFIRMED;
        return changed(new StringBuilder("Réunion confirmée."));
    }

    /** Records that the session took place; only on or after its day. */
    public String markHeld(LocalDate today) {
        requireOpen();
        if (date.isAfter(today)) {
            throw BusinessException.invalid("La réunion du " + FRENCH_DATE.format(date)
                    + " n'a pas encore eu lieu : elle ne peut pas être marquée comme tenue.");
        }
        status = SessionStatus.HELD;
        return changed(new StringBuilder("Réunion tenue."));
    }

    public String cancel(String reason) {
        requireOpen();
        if (reason == null || reason.isBlank()) {
            throw BusinessException.invalid("Indiquez le motif de l'annulation : il sera communiqué aux participants.");
        }
        if (reason.strip().length() > 1000) {
            throw BusinessException.invalid("Le motif de l'annulation ne peut pas dépasser 1 000 caractères.");
        }
        status = SessionStatus.CANCELLED;
        cancellationReason = reason.strip();
        return changed(new StringBuilder("Réunion annulée : ").append(cancellationReason));
    }

    /** Sets how many people may register; returns the sentence for the history, or null when unchanged. */
    public String changeCapacity(int places) {
        if (places < 1 || places > 500) {
            throw BusinessException.invalid("Le nombre de places va de 1 à 500.");
        }
        if (places == capacity) {
            return null;
        }
        String change = "Places : " + capacity + " → " + places + ".";
        capacity = places;
        return change;
    }

    @Override
    public boolean isCancelled() {
        return status == SessionStatus.CANCELLED;
    }

    @Override
    public String thisOne() {
        return "cette réunion";
    }

    @Override
    public String stateLabel() {
        return status.label();
    }

    @Override
    public boolean isClosed() {
        return status == SessionStatus.CANCELLED || status == SessionStatus.HELD;
    }

    public ZonedDateTime startsAt() {
        return ZonedDateTime.of(date, startTime, platform.getTimeZone());
    }

    public ZonedDateTime endsAt() {
        return ZonedDateTime.of(date, endTime, platform.getTimeZone());
    }

    private void requireOpen() {
        if (status == SessionStatus.CANCELLED) {
            throw BusinessException.conflict("Cette réunion est annulée : elle ne peut plus être modifiée.");
        }
        if (status == SessionStatus.HELD) {
            throw BusinessException.conflict("Cette réunion a eu lieu : elle ne peut plus être modifiée.");
        }
    }

    private String changed(StringBuilder change) {
        if (change.isEmpty()) {
            return null;
        }
        sequence++;
        return change.toString().strip();
    }

    private static void requireTimes(LocalTime start, LocalTime end) {
        if (start == null || end == null) {
            throw BusinessException.invalid("Les heures de début et de fin sont obligatoires.");
        }
        if (!end.isAfter(start)) {
            throw BusinessException.invalid("L'heure de fin (" + end + ") doit être après l'heure de début ("
                    + start + ").");
        }
    }

    private static String requireVideoLink(String link) {
        if (link == null || link.isBlank()) {
            throw BusinessException.invalid("Une réunion en visioconférence ou hybride a besoin du lien de connexion.");
        }
        String trimmed = link.strip();
        try {
            URI uri = new URI(trimmed);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
        } catch (Exception malformed) {
            throw BusinessException.invalid("Le lien de visioconférence doit être une adresse https:// complète.");
        }
        if (trimmed.length() > 500) {
            throw BusinessException.invalid("Le lien de visioconférence ne peut pas dépasser 500 caractères.");
        }
        return trimmed;
    }

    private static String hours(LocalTime start, LocalTime end) {
        return start + "–" + end;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Platform getPlatform() {
        return platform;
    }

    public String getUid() {
        return uid;
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

    /** JPA loads an embeddable whose columns are all null as null: that is a place still to be decided. */
    public Place getPlace() {
        return place == null ? Place.toBeDecided() : place;
    }

    public SessionMode getMode() {
        return mode;
    }

    public String getVideoLink() {
        return videoLink;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public int getSequence() {
        return sequence;
    }

    @Override
    public int getCapacity() {
        return capacity;
    }
}
