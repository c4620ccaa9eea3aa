package fr.fabrikaprojets.domain.model.event;

import fr.fabrikaprojets.domain.model.session.Gathering;
import fr.fabrikaprojets.domain.model.session.Place;
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
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * An event of a temps fort: a conference, a workshop, a visit or a screening, on a day and at a place of the
 * territory or online, public or reserved to the network, within a capacity; afterwards, who came and a short
 * summary for the library of initiatives.
 */
@Entity
@Table(name = "public_events")
public class PublicEvent implements Serializable, Gathering {

    private static final long serialVersionUID = 1L;
    private static final int MAX_CAPACITY = 2000;

    @Id
    @SequenceGenerator(name = "public_events_seq", sequenceName = "public_events_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "public_events_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cycle_id")
    private Cycle cycle;

    /** Stable across changes: calendar clients update the event they know instead of adding one. */
    @Column(nullable = false, length = 80, updatable = false)
    private String uid;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EventKind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String description;

    @Column(name = "event_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_time", nullable = false)
    private LocalTime start;

    @Column(name = "end_time", nullable = false)
    private LocalTime end;

    @Embedded
    private Place place;

    @Column(name = "online_link", length = 500)
    private String onlineLink;

    @Column(length = 1000)
    private String speakers;

    @Column(nullable = false)
    private int capacity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Audience audience;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EventStatus status;

    @Column(length = 4000)
    private String summary;

    @Column(name = "ical_sequence", nullable = false)
    private int sequence;

    protected PublicEvent() {
    }

    public PublicEvent(Cycle cycle, EventDetails details) {
        this.cycle = cycle;
        this.uid = UUID.randomUUID() + "@fabrik-evenements";
        this.status = EventStatus.PLANNED;
        apply(details);
    }

    /** Changes what the programme says; calendar clients see the new version. */
    public void edit(EventDetails details) {
        requireOpen();
        apply(details);
        sequence++;
    }

    private void apply(EventDetails details) {
        if (details.kind() == null) {
            throw BusinessException.invalid("Choisissez le type d’événement : conférence, atelier, visite ou "
                    + "projection.");
        }
        if (details.date() == null || details.start() == null || details.end() == null) {
            throw BusinessException.invalid("Indiquez le jour, l’heure de début et l’heure de fin.");
        }
        if (!details.end().isAfter(details.start())) {
            throw BusinessException.invalid("L’heure de fin doit suivre l’heure de début.");
        }
        String link = EventTexts.optional(details.onlineLink(), 500, "Le lien de l’événement en ligne");
        if (link != null && !link.startsWith("https://")) {
            throw BusinessException.invalid("Le lien de l’événement en ligne doit commencer par https://.");
        }
        if (details.commune() == null && link == null) {
            throw BusinessException.invalid("Indiquez une commune du territoire, ou un lien pour un événement en "
                    + "ligne.");
        }
        if (details.capacity() < 1 || details.capacity() > MAX_CAPACITY) {
            throw BusinessException.invalid("La capacité va de 1 à " + MAX_CAPACITY + " places.");
        }
        if (details.audience() == null) {
            throw BusinessException.invalid("Dites si l’événement est public ou réservé au réseau.");
        }
        this.kind = details.kind();
        this.title = EventTexts.required(details.title(), 200, "Le titre");
        this.description = EventTexts.optional(details.description(), 4000, "La description");
        this.date = details.date();
        this.start = details.start();
        this.end = details.end();
        this.place = details.commune() == null ? Place.toBeDecided()
                : Place.at(details.commune(), details.venue(), details.address());
        this.onlineLink = link;
        this.speakers = EventTexts.optional(details.speakers(), 1000, "Les intervenants");
        this.capacity = details.capacity();
        this.audience = details.audience();
    }

    /** After the event: it took place, and what is kept of it. Only on or after its day. */
    public void recordHeld(String summaryText, LocalDate today) {
        requireOpen();
        if (date.isAfter(today)) {
            throw BusinessException.invalid("Cet événement n’a pas encore eu lieu.");
        }
        this.summary = EventTexts.required(summaryText, 4000, "Le compte rendu");
        this.status = EventStatus.HELD;
    }

    public void cancel() {
        requireOpen();
        status = EventStatus.CANCELLED;
        sequence++;
    }

    private void requireOpen() {
        if (isClosed()) {
            throw BusinessException.conflict("Cet événement est " + status.label() + " : il ne change plus.");
        }
    }

    /** Registrations close when the event is held or cancelled, and on its day once it has begun. */
    public boolean acceptsRegistrations(ZonedDateTime now) {
        return !isClosed() && now.isBefore(startsAt());
    }

    public boolean isPublic() {
        return audience == Audience.PUBLIC;
    }

    public boolean isOnline() {
        return onlineLink != null;
    }

    public ZonedDateTime startsAt() {
        return ZonedDateTime.of(date, start, cycle.getPlatform().getTimeZone());
    }

    public ZonedDateTime endsAt() {
        return ZonedDateTime.of(date, end, cycle.getPlatform().getTimeZone());
    }

    @Override
    public boolean isClosed() {
        return status != EventStatus.PLANNED;
    }

    @Override
    public boolean isCancelled() {
        return status == EventStatus.CANCELLED;
    }

    @Override
    public String thisOne() {
        return "cet événement";
    }

    @Override
    public String stateLabel() {
        return status.label();
    }

    @Override
    public int getCapacity() {
        return capacity;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Cycle getCycle() {
        return cycle;
    }

    public String getUid() {
        return uid;
    }

    public EventKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
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

    /** EclipseLink reads an embedded place whose columns are all null as null: an event online only. */
    public Place getPlace() {
        return place == null ? Place.toBeDecided() : place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public String getSpeakers() {
        return speakers;
    }

    public Audience getAudience() {
        return audience;
    }

    public EventStatus getStatus() {
        return status;
    }

    public String getSummary() {
        return summary;
    }

    public int getSequence() {
        return sequence;
    }
}
