package fr.fabrikaprojets.domain.model.capitalisation;

import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.project.ProjectHolder;
import fr.fabrikaprojets.domain.model.project.ProjectState;
import fr.fabrikaprojets.domain.shared.BusinessException;
import fr.fabrikaprojets.domain.shared.Redaction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;

/**
 * What a closed project teaches the territory. Fabrik drafts it from the project's history when the project is
 * realised, abandoned or reoriented; the coordinator and the holder complete it ("ce qui a marché", "ce qui a
 * bloqué"); it enters the library of initiatives only once the holder has chosen to publish it, under their name or
 * anonymously.
 */
@Entity
@Table(name = "experience_sheets")
public class ExperienceSheet implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_JOURNEY = 8000;

    @Id
    @SequenceGenerator(name = "experience_sheets_seq", sequenceName = "experience_sheets_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "experience_sheets_seq")
    private Long id;

    @Version
    private long version;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", unique = true)
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProjectState outcome;

    @Column(name = "closed_at", nullable = false)
    private Instant closedAt;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(nullable = false, length = MAX_TEXT)
    private String summary;

    @Column(length = MAX_JOURNEY)
    private String journey;

    @Column(name = "what_worked", length = MAX_TEXT)
    private String whatWorked;

    @Column(name = "what_blocked", length = MAX_TEXT)
    private String whatBlocked;

    /** The holder's decision; null until they have made it. */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Publication publication;

    @Column(name = "decided_at")
    private Instant decidedAt;

    /** "porteur" when the holder decided through their link, otherwise who recorded it for them. */
    @Column(name = "decided_by", length = 120)
    private String decidedBy;

    @Column(name = "holder_token_hash", length = 64)
    private String holderTokenHash;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected ExperienceSheet() {
    }

    /** The draft of a project that has just closed: its idea, and its journey as the platform recorded it. */
    public ExperienceSheet(Project project, String journey, Instant closedAt) {
        if (!project.getState().isClosed()) {
            throw new IllegalStateException("only a closed project has an experience sheet");
        }
        this.project = project;
        this.outcome = project.getState();
        this.closedAt = closedAt;
        this.title = project.getTitle();
        this.summary = cut(project.getIdea() + "\n\nBut collectif : " + project.getCollectiveAim(), MAX_TEXT);
        this.journey = cut(journey, MAX_JOURNEY);
    }

    /** The coordinator's or staff's completion of the whole sheet. */
    public void complete(String title, String summary, String journey, String whatWorked, String whatBlocked) {
        this.title = required(title, MAX_TITLE, "Le titre");
        this.summary = required(summary, MAX_TEXT, "Le résumé");
        this.journey = optional(journey, MAX_JOURNEY, "Le parcours");
        this.whatWorked = optional(whatWorked, MAX_TEXT, "« Ce qui a marché »");
        this.whatBlocked = optional(whatBlocked, MAX_TEXT, "« Ce qui a bloqué »");
    }

    /** The holder's own lessons, written through their link; blank keeps what is there. */
    public void completeAsHolder(String whatWorked, String whatBlocked) {
        if (whatWorked != null && !whatWorked.isBlank()) {
            this.whatWorked = optional(whatWorked, MAX_TEXT, "« Ce qui a marché »");
        }
        if (whatBlocked != null && !whatBlocked.isBlank()) {
            this.whatBlocked = optional(whatBlocked, MAX_TEXT, "« Ce qui a bloqué »");
        }
    }

    public void sendToHolder(String tokenHash, Instant at) {
        this.holderTokenHash = tokenHash;
        this.sentAt = at;
    }

    /** The holder's choice, by their link or told to the coordinator; the link then closes. */
    public void decide(Publication decision, String by, Instant at) {
        if (decision == null) {
            throw BusinessException.invalid("Choisissez si la fiche est publiée, et sous quel nom.");
        }
        this.publication = decision;
        this.decidedBy = by;
        this.decidedAt = at;
        this.holderTokenHash = null;
        if (decision.isAnonymous()) {
            withoutHolder();
        }
    }

    /**
     * Published without the holder's name: their names and contacts are blotted out of every text of the sheet
     * (they may have signed their own lessons), so that the library, the search and the exports, which all read
     * these texts, keep the anonymity they chose.
     */
    private void withoutHolder() {
        ProjectHolder holder = project.getHolder();
        Redaction redaction = Redaction.of(Arrays.asList(holder.getName(), holder.getContactName()),
                Arrays.asList(holder.getEmail()), Arrays.asList(holder.getPhone()));
        title = redaction.apply(title, MAX_TITLE);
        summary = redaction.apply(summary, MAX_TEXT);
        journey = redaction.apply(journey, MAX_JOURNEY);
        whatWorked = redaction.apply(whatWorked, MAX_TEXT);
        whatBlocked = redaction.apply(whatBlocked, MAX_TEXT);
    }

    /**
     * With the holder anonymised, the sheet goes as their project does: the idea and the lessons (which they may have
     * written) are erased, the journey loses their names, and the sheet leaves the library, since the consent that
     * published it is gone. What stays counts: the outcome and its date.
     */
    public void anonymise(Redaction redaction) {
        title = "Projet anonymisé n° " + project.getId();
        summary = Project.ERASED;
        journey = redaction.apply(journey, MAX_JOURNEY);
        whatWorked = whatWorked == null ? null : Project.ERASED;
        whatBlocked = whatBlocked == null ? null : Project.ERASED;
        if (publication != null) {
            publication = Publication.NOT_PUBLISHED;
        }
        holderTokenHash = null;
    }

    public boolean isPublished() {
        return publication != null && publication.isPublished();
    }

    /** Published for everyone, not only for the network. */
    public boolean isPublic() {
        return publication != null && publication.isPublic();
    }

    /** Who the library says carried the project: the holder's name only if they chose so. */
    public String getSignature() {
        return publication != null && publication.isNamed() ? project.getHolder().getName() : null;
    }

    private static String required(String text, int max, String what) {
        String kept = optional(text, max, what);
        if (kept == null) {
            throw BusinessException.invalid(what + " est nécessaire.");
        }
        return kept;
    }

    private static String optional(String text, int max, String what) {
        String stripped = text == null || text.isBlank() ? null : text.strip();
        if (stripped != null && stripped.length() > max) {
            throw BusinessException.invalid(what + " ne peut pas dépasser " + max + " caractères.");
        }
        return stripped;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Project getProject() {
        return project;
    }

    public ProjectState getOutcome() {
        return outcome;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getJourney() {
        return journey;
    }

    public String getWhatWorked() {
        return whatWorked;
    }

    public String getWhatBlocked() {
        return whatBlocked;
    }

    public Publication getPublication() {
        return publication;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
