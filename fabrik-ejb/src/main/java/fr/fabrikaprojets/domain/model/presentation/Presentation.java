package fr.fabrikaprojets.domain.model.presentation;

import fr.fabrikaprojets.domain.shared.Redaction;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.session.Session;
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
import java.time.Instant;

/** A project's slot on a session's agenda, and the minutes of what was said there. */
@Entity
@Table(name = "presentations")
public class Presentation implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 90;
    public static final int MAX_MINUTES_TEXT = 8000;

    @Id
    @SequenceGenerator(name = "presentations_seq", sequenceName = "presentations_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "presentations_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private Session session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    /** 1 for the first presentation of the morning. */
    @Column(nullable = false)
    private int position;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "booked_at", nullable = false)
    private Instant bookedAt;

    @Column(name = "booked_by", nullable = false, length = 120)
    private String bookedBy;

    @Column(name = "minutes_text", length = MAX_MINUTES_TEXT)
    private String minutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "minutes_status", nullable = false, length = 20)
    private MinutesStatus minutesStatus;

    @Column(name = "holder_comment", length = 2000)
    private String holderComment;

    /** SHA-256 of the link the holder received to validate the minutes; null when no answer is awaited. */
    @Column(name = "holder_token_hash", length = 64)
    private String holderTokenHash;

    @Column(name = "minutes_sent_at")
    private Instant minutesSentAt;

    @Column(name = "minutes_answered_at")
    private Instant minutesAnsweredAt;

    protected Presentation() {
    }

    Presentation(Session session, Project project, int position, int durationMinutes, String bookedBy, Instant at) {
        this.session = session;
        this.project = project;
        this.position = position;
        this.durationMinutes = durationMinutes;
        this.bookedBy = bookedBy;
        this.bookedAt = at;
        this.minutesStatus = MinutesStatus.NONE;
    }

    static void requireDuration(int minutes) {
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw BusinessException.invalid("Une présentation dure de " + MIN_MINUTES + " à " + MAX_MINUTES
                    + " minutes.");
        }
    }

    void placeAt(int newPosition) {
        position = newPosition;
    }

    void changeDuration(int minutes) {
        requireDuration(minutes);
        durationMinutes = minutes;
    }

    /** The coordinator writes or corrects the minutes: advice given, orientations decided, next steps. */
    public void writeMinutes(String text) {
        if (minutesStatus == MinutesStatus.VALIDATED) {
            throw BusinessException.conflict("Le porteur a validé ce compte rendu : il ne peut plus être modifié.");
        }
        String written = text == null ? "" : text.strip();
        if (written.isEmpty()) {
            throw BusinessException.invalid("Écrivez le compte rendu de la présentation.");
        }
        if (written.length() > MAX_MINUTES_TEXT) {
            throw BusinessException.invalid("Le compte rendu ne peut pas dépasser 8 000 caractères.");
        }
        minutes = written;
        minutesStatus = MinutesStatus.DRAFT;
        holderTokenHash = null;
    }

    /** The minutes go to the holder, who validates them or asks for a correction through the link they receive. */
    public void sendToHolder(String tokenHash, Instant at) {
        if (minutesStatus != MinutesStatus.DRAFT) {
            throw BusinessException.conflict(minutesStatus == MinutesStatus.NONE
                    ? "Écrivez le compte rendu avant de l’envoyer au porteur."
                    : "Ce compte rendu est " + minutesStatus.label() + ".");
        }
        holderTokenHash = tokenHash;
        minutesSentAt = at;
        minutesStatus = MinutesStatus.TO_VALIDATE;
    }

    /** The holder agrees (through their link, or by phone, recorded by the coordinator). */
    public void validate(Instant at) {
        if (minutesStatus != MinutesStatus.TO_VALIDATE && minutesStatus != MinutesStatus.DRAFT) {
            throw BusinessException.conflict("Ce compte rendu est " + minutesStatus.label() + ".");
        }
        minutesStatus = MinutesStatus.VALIDATED;
        minutesAnsweredAt = at;
        holderTokenHash = null;
    }

    public void askCorrection(String comment, Instant at) {
        if (minutesStatus != MinutesStatus.TO_VALIDATE) {
            throw BusinessException.conflict("Ce compte rendu est " + minutesStatus.label() + ".");
        }
        String written = comment == null ? "" : comment.strip();
        if (written.isEmpty()) {
            throw BusinessException.invalid("Dites ce qu’il faut corriger.");
        }
        if (written.length() > 2000) {
            throw BusinessException.invalid("Votre demande ne peut pas dépasser 2 000 caractères.");
        }
        holderComment = written;
        minutesStatus = MinutesStatus.CORRECTION_ASKED;
        minutesAnsweredAt = at;
        holderTokenHash = null;
    }

    public boolean isMinutesShared() {
        return minutesStatus == MinutesStatus.VALIDATED;
    }

    /** Anonymisation of the holder: their comment goes, the minutes lose their names; the link stops working. */
    public void anonymise(Redaction redaction) {
        minutes = redaction.apply(minutes, MAX_MINUTES_TEXT);
        holderComment = null;
        holderTokenHash = null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Session getSession() {
        return session;
    }

    public Project getProject() {
        return project;
    }

    public int getPosition() {
        return position;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public Instant getBookedAt() {
        return bookedAt;
    }

    public String getBookedBy() {
        return bookedBy;
    }

    public String getMinutes() {
        return minutes;
    }

    public MinutesStatus getMinutesStatus() {
        return minutesStatus;
    }

    public String getHolderComment() {
        return holderComment;
    }

    public Instant getMinutesSentAt() {
        return minutesSentAt;
    }

    public Instant getMinutesAnsweredAt() {
        return minutesAnsweredAt;
    }
}
