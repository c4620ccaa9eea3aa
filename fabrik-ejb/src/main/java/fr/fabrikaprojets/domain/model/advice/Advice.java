package fr.fabrikaprojets.domain.model.advice;

import fr.fabrikaprojets.domain.shared.Redaction;
import fr.fabrikaprojets.domain.model.document.Document;
import fr.fabrikaprojets.domain.model.identity.UserAccount;
import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.session.Session;
import fr.fabrikaprojets.domain.shared.BusinessException;
import fr.fabrikaprojets.domain.shared.ReminderSchedule;
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
import java.util.Objects;

/**
 * A partner's advice on a project: requested of one member of a partner organisation (with an introduction and an
 * optional yes/no question) and then given, or revoked by the coordinator while it is still awaited; or recorded live
 * during a session on behalf of an organisation.
 */
@Entity
@Table(name = "advice")
public class Advice implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_TEXT = 4000;

    @Id
    @SequenceGenerator(name = "advice_seq", sequenceName = "advice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "advice_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    /** The member asked; null for advice recorded live in a session. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "expert_id")
    private UserAccount expert;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id")
    private Session session;

    /** The document sent with the request, if any (one of the project's documents). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id")
    private Document document;

    @Column(name = "requested_by", nullable = false, length = 120)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(length = 2000)
    private String introduction;

    @Column(length = 300)
    private String question;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AdviceStatus status;

    @Column(name = "advice_text", length = MAX_TEXT)
    private String text;

    /** The answer to the yes/no question, when one was asked. */
    private Boolean answer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Visibility visibility;

    @Column(name = "given_by", length = 120)
    private String givenBy;

    @Column(name = "given_at")
    private Instant givenAt;

    @Column(name = "holder_reply", length = 2000)
    private String holderReply;

    @Column(name = "reminders_sent", nullable = false)
    private int remindersSent;

    @Column(name = "last_moved_at", nullable = false)
    private Instant lastMovedAt;

    protected Advice() {
    }

    private Advice(Project project, Organisation organisation, String requestedBy, Instant at) {
        if (project.getState().isClosed()) {
            throw BusinessException.conflict("Ce projet est " + project.getState().label()
                    + " : on ne demande plus d’avis à son sujet.");
        }
        if (!Objects.equals(organisation.getPlatform().getId(), project.getPlatform().getId())) {
            throw BusinessException.invalid("Choisissez une organisation du réseau de la plateforme du projet.");
        }
        this.project = project;
        this.organisation = organisation;
        this.requestedBy = requestedBy;
        this.requestedAt = at;
        this.lastMovedAt = at;
        this.visibility = Visibility.CONFIDENTIAL;
    }

    /** Asks a member of a partner organisation for written advice. */
    public static Advice request(Project project, UserAccount expert, String introduction, String question,
            String requestedBy, Instant at) {
        if (expert.getOrganisation() == null) {
            throw BusinessException.invalid("Cette personne n’est membre d’aucune organisation partenaire : "
                    + "on ne peut pas lui demander d’avis.");
        }
        Advice advice = new Advice(project, expert.getOrganisation(), requestedBy, at);
        advice.expert = expert;
        advice.introduction = bounded(introduction, 2000, "L’introduction");
        if (advice.introduction == null) {
            throw BusinessException.invalid("Présentez en quelques mots ce que vous attendez de cet avis.");
        }
        advice.question = bounded(question, 300, "La question");
        advice.status = AdviceStatus.REQUESTED;
        return advice;
    }

    /** Advice given live during a session, on behalf of an organisation present. */
    public static Advice recordedLive(Project project, Organisation organisation, Session session, String text,
            Visibility visibility, String recordedBy, Instant at) {
        Advice advice = new Advice(project, organisation, recordedBy, at);
        advice.session = session;
        advice.status = AdviceStatus.REQUESTED;
        advice.give(text, null, visibility, recordedBy, at);
        return advice;
    }

    /** The expert's answer. Returns the sentence for the timeline, which never quotes confidential advice. */
    public String give(String adviceText, Boolean yesNo, Visibility chosen, String by, Instant at) {
        if (status != AdviceStatus.REQUESTED) {
            throw BusinessException.conflict("Cet avis est déjà " + status.label() + ".");
        }
        String written = bounded(adviceText, MAX_TEXT, "L’avis");
        if (written == null) {
            throw BusinessException.invalid("Écrivez votre avis.");
        }
        if (chosen == null) {
            throw BusinessException.invalid("Dites si votre avis est confidentiel ou partagé avec le porteur.");
        }
        if (question != null && yesNo == null) {
            throw BusinessException.invalid("Répondez par oui ou par non à la question : « " + question + " ».");
        }
        text = written;
        answer = question == null ? null : yesNo;
        visibility = chosen;
        givenBy = by;
        givenAt = at;
        lastMovedAt = at;
        status = AdviceStatus.GIVEN;
        return "Avis de " + organisation.getShortName() + (session == null ? "" : " (en réunion)") + " : "
                + (chosen == Visibility.SHARED ? "partagé avec le porteur." : "confidentiel.");
    }

    /** The coordinator withdraws a request that has not been answered. */
    public String revoke(Instant at) {
        if (status != AdviceStatus.REQUESTED) {
            throw BusinessException.conflict("Cet avis est déjà " + status.label() + " : il ne peut plus être retiré.");
        }
        status = AdviceStatus.REVOKED;
        lastMovedAt = at;
        return "Demande d’avis à " + organisation.getShortName() + " retirée.";
    }

    /** The holder's reply to shared advice. */
    public void reply(String reply) {
        if (status != AdviceStatus.GIVEN || visibility != Visibility.SHARED) {
            throw BusinessException.notFound("Cet avis n’existe pas.");
        }
        String written = bounded(reply, 2000, "Votre réponse");
        if (written == null) {
            throw BusinessException.invalid("Écrivez votre réponse.");
        }
        holderReply = written;
    }

    public boolean reminderDue(ReminderSchedule schedule, Instant now) {
        return status == AdviceStatus.REQUESTED && expert != null && schedule.due(lastMovedAt, remindersSent, now);
    }

    public void reminderSent() {
        remindersSent++;
    }

    public boolean isShared() {
        return status == AdviceStatus.GIVEN && visibility == Visibility.SHARED;
    }

    /** Outside the platform's team, advice is read once shared with the holder, or by the organisation asked. */
    public boolean isReadableOutsideTeamBy(Long organisationId) {
        return isShared() || Objects.equals(organisation.getId(), organisationId);
    }

    private static String bounded(String text, int max, String what) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.length() > max) {
            throw BusinessException.invalid(what + " ne peut pas dépasser " + max + " caractères.");
        }
        return stripped.isEmpty() ? null : stripped;
    }

    /** Anonymisation of the holder: their reply goes, the partner's texts lose the holder's names. */
    public void anonymise(Redaction redaction) {
        introduction = redaction.apply(introduction, 2000);
        question = redaction.apply(question, 300);
        text = redaction.apply(text, MAX_TEXT);
        holderReply = null;
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

    public Organisation getOrganisation() {
        return organisation;
    }

    /** The document sent with the request, once kept among the project's documents. */
    public void joinDocument(Document sent) {
        this.document = sent;
    }

    public Document getDocument() {
        return document;
    }

    public UserAccount getExpert() {
        return expert;
    }

    public Session getSession() {
        return session;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getIntroduction() {
        return introduction;
    }

    public String getQuestion() {
        return question;
    }

    public AdviceStatus getStatus() {
        return status;
    }

    public String getText() {
        return text;
    }

    public Boolean getAnswer() {
        return answer;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public String getGivenBy() {
        return givenBy;
    }

    public Instant getGivenAt() {
        return givenAt;
    }

    public String getHolderReply() {
        return holderReply;
    }

    public int getRemindersSent() {
        return remindersSent;
    }
}
