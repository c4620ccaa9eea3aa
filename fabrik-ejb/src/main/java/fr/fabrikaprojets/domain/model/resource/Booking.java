package fr.fabrikaprojets.domain.model.resource;

import fr.fabrikaprojets.domain.shared.Redaction;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.persistence.Column;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A project's request for a resource over a time range [start, end), decided by the owning partner. Whether an
 * accepted booking collides with another is the {@link ResourceRepository}'s to say, under a lock of the resource.
 */
@Entity
@Table(name = "bookings")
public class Booking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Duration LONGEST = Duration.ofDays(366);

    @Id
    @SequenceGenerator(name = "bookings_seq", sequenceName = "bookings_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bookings_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "resource_id")
    private Resource resource;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BookingStatus status;

    @Column(length = 500)
    private String purpose;

    @Column(name = "requested_by", nullable = false, length = 80)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_by", length = 80)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = 500)
    private String reason;

    protected Booking() {
    }

    public Booking(Resource resource, Project project, Instant startsAt, Instant endsAt, String purpose,
            String requestedBy, Instant at) {
        if (!resource.isActive()) {
            throw BusinessException.conflict("La ressource « " + resource.getName() + " » n'est plus proposée.");
        }
        if (!Objects.equals(resource.getOrganisation().getPlatform().getId(), project.getPlatform().getId())) {
            throw BusinessException.invalid("Cette ressource n'est pas proposée sur la plateforme du projet.");
        }
        if (project.getState().isClosed()) {
            throw BusinessException.conflict("Le projet est clos : il ne peut plus demander de ressource.");
        }
        if (startsAt == null || endsAt == null) {
            throw BusinessException.invalid("Indiquez le début et la fin de la réservation.");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw BusinessException.invalid("La fin de la réservation doit venir après son début.");
        }
        if (Duration.between(startsAt, endsAt).compareTo(LONGEST) > 0) {
            throw BusinessException.invalid("Une réservation dure un an au plus.");
        }
        if (endsAt.isBefore(at)) {
            throw BusinessException.invalid("Ces dates sont passées : choisissez des dates à venir.");
        }
        String text = purpose == null || purpose.isBlank() ? null : purpose.strip();
        if (text != null && text.length() > 500) {
            throw BusinessException.invalid("Raccourcissez l’objet de la demande : 500 caractères au plus.");
        }
        this.resource = resource;
        this.project = project;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.purpose = text;
        this.requestedBy = requestedBy;
        this.requestedAt = at;
        this.status = BookingStatus.REQUESTED;
    }

    public boolean overlaps(Instant start, Instant end) {
        return startsAt.isBefore(end) && start.isBefore(endsAt);
    }

    /** Accepts; the caller has checked under the resource's lock that no accepted booking overlaps. */
    public void accept(String by, Instant at) {
        requireStatus(BookingStatus.REQUESTED);
        this.status = BookingStatus.ACCEPTED;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public void decline(String by, String why, Instant at) {
        requireStatus(BookingStatus.REQUESTED);
        String text = why == null ? "" : why.strip();
        if (text.isEmpty() || text.length() > 500) {
            throw BusinessException.invalid("Dites en quelques mots pourquoi la demande est refusée (500 caractères au plus).");
        }
        this.status = BookingStatus.DECLINED;
        this.reason = text;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public void cancel(String by, Instant at) {
        if (!status.isOpen()) {
            throw BusinessException.conflict(status == BookingStatus.DECLINED ? "Cette réservation est déjà refusée."
                    : "Cette réservation est déjà annulée.");
        }
        this.status = BookingStatus.CANCELLED;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    private void requireStatus(BookingStatus expected) {
        if (status != expected) {
            throw BusinessException.conflict("Cette demande a déjà reçu une réponse.");
        }
    }

    /** Anonymisation of the project's holder: the booking's texts lose their names. */
    public void redact(Redaction redaction) {
        purpose = redaction.apply(purpose, 500);
        reason = redaction.apply(reason, 500);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Resource getResource() {
        return resource;
    }

    public Project getProject() {
        return project;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public BookingStatus getStatus() {
        return status;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getReason() {
        return reason;
    }
}
