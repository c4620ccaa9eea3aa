package fr.fabrikaprojets.application.internal;

import static fr.fabrikaprojets.domain.shared.Roles.ADMIN;
import static fr.fabrikaprojets.domain.shared.Roles.COORDINATOR;
import static fr.fabrikaprojets.domain.shared.Roles.PARTNER;
import static fr.fabrikaprojets.domain.shared.Roles.STAFF;

import fr.fabrikaprojets.application.AgendaView;
import fr.fabrikaprojets.application.MinutesForHolder;
import fr.fabrikaprojets.application.PresentationService;
import fr.fabrikaprojets.application.notification.MailTexts;
import fr.fabrikaprojets.application.notification.MessagesReady;
import fr.fabrikaprojets.domain.model.advice.Advice;
import fr.fabrikaprojets.domain.model.advice.AdviceRepository;
import fr.fabrikaprojets.domain.model.presentation.Agenda;
import fr.fabrikaprojets.domain.model.presentation.Presentation;
import fr.fabrikaprojets.domain.model.presentation.PresentationRepository;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.project.ProjectHolder;
import fr.fabrikaprojets.domain.model.project.ProjectRepository;
import fr.fabrikaprojets.domain.model.project.ProjectState;
import fr.fabrikaprojets.domain.model.project.TimelineEvent;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@Stateless
public class DefaultPresentationService implements PresentationService {

    static final String SUBJECT = "Presentation";
    private static final int MAX_PER_PROJECT = 50;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);

    @Inject
    private PresentationRepository presentations;

    @Inject
    private AdviceRepository advice;

    @Inject
    private ProjectRepository projects;

    @Inject
    private ProjectAccess access;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Event<MessagesReady> messages;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @Override
    @RolesAllowed({COORDINATOR, ADMIN})
    public Presentation book(long sessionId, long projectId, int minutes) {
        Project project = access.visibleProject(projectId, context);
        Agenda agenda = presentations.lockedAgenda(sessionId);
        Instant now = Instant.now(clock);
        Presentation booked = agenda.book(project, minutes, access.caller(context), now);
        presentations.store(booked);
        if (project.getState() == ProjectState.RECEIVED) {
            recordState(project, project.moveTo(ProjectState.TO_PRESENT, null, access.roles(context), now), now);
        }
        record(project, booked.getId(), "presentation.booked", "Présentation prévue à la réunion du "
                + day(booked) + " (" + minutes + " minutes).", now);
        return booked;
    }

    @Override
    @RolesAllowed({PARTNER, STAFF, COORDINATOR, ADMIN})
    public AgendaView agenda(long sessionId) {
        return AgendaView.of(presentations.agenda(sessionId));
    }

    @Override
    @RolesAllowed({COORDINATOR, ADMIN})
    public AgendaView reorder(long sessionId, List<Long> presentationIds) {
        Agenda agenda = presentations.lockedAgenda(sessionId);
        agenda.reorder(presentationIds);
        auditTrail.record(access.caller(context), agenda.session().getPlatform().getCode(), "Session", sessionId,
                "agenda.reordered",
                "Ordre du jour : " + presentationIds);
        return AgendaView.of(agenda);
    }

    @Override
    @RolesAllowed({COORDINATOR, ADMIN})
    public Presentation changeDuration(long presentationId, long version, int minutes) {
        Presentation presentation = current(presentationId, version);
        Agenda agenda = presentations.lockedAgenda(presentation.getSession().getId());
        Presentation onAgenda = sameIn(agenda, presentation);
        agenda.changeDuration(onAgenda, minutes);
        auditTrail.record(access.caller(context), presentation.getSession().getPlatform().getCode(), SUBJECT,
                presentationId, "presentation.duration", "Durée : " + minutes + " minutes.");
        return onAgenda;
    }

    @Override
    @RolesAllowed({COORDINATOR, ADMIN})
    public void cancel(long presentationId, long version) {
        Presentation presentation = current(presentationId, version);
        Agenda agenda = presentations.lockedAgenda(presentation.getSession().getId());
        Presentation onAgenda = sameIn(agenda, presentation);
        agenda.remove(onAgenda);
        presentations.remove(onAgenda);
        record(presentation.getProject(), presentationId, "presentation.cancelled",
                "Présentation à la réunion du " + day(presentation) + " retirée de l’ordre du jour.",
                Instant.now(clock));
    }

    @Override
    @RolesAllowed({PARTNER, STAFF, COORDINATOR, ADMIN})
    public List<Presentation> ofProject(long projectId) {
        access.visibleProject(projectId, context);
        List<Presentation> all = presentations.ofProject(projectId, MAX_PER_PROJECT);
        return access.isPlatformTeam(context) ? all : all.stream().filter(Presentation::isMinutesShared).toList();
    }

    @Override
    @RolesAllowed({COORDINATOR, ADMIN})
    public Presentation writeMinutes(long presentationId, long version, String text) {
        Presentation presentation = current(presentationId, version);
        presentation.writeMinutes(text);
        Instant now = Instant.now(clock);
        Project project = presentation.getProject();
        if (project.getState() == ProjectState.TO_PRESENT) {
            recordState(project, project.moveTo(ProjectState.PRESENTED, null, access.roles(context), now), now);
        }
        record(project, presentationId, "presentation.minutes", "Compte rendu de la réunion du "
                + day(presentation) + " écrit.", now);
        return presentation;
    }

    @Override
    @RolesAllowed({COORDINATOR, ADMIN})
    public Presentation sendMinutes(long presentationId, long version) {
        Presentation presentation = current(presentationId, version);
        ProjectHolder holder = presentation.getProject().getHolder();
        if (holder.getEmail() == null) {
            throw BusinessException.invalid("Le porteur n’a pas d’adresse e-mail : lisez-lui le compte rendu par "
                    + "téléphone, puis enregistrez sa validation.");
        }
        String token = HolderTokens.newToken();
        Instant now = Instant.now(clock);
        presentation.sendToHolder(HolderTokens.hash(token), now);
        record(presentation.getProject(), presentationId, "presentation.minutes.sent",
                "Compte rendu envoyé au porteur pour validation.", now);
        MailTexts texts = MailTexts.in(holder.getLanguage());
        messages.fire(MessagesReady.of(texts.message(holder.getEmail(), holder.getName(), "minutes.sent", null,
                "day", texts.day(presentation.getSession().getDate()), "title", presentation.getProject().getTitle(),
                "minutes", presentation.getMinutes(), "link",
                PublicLinks.page("/porteur/compte-rendu.xhtml?jeton=" + token))));
        return presentation;
    }

    @Override
    @RolesAllowed({COORDINATOR, ADMIN})
    public Presentation recordValidation(long presentationId, long version) {
        Presentation presentation = current(presentationId, version);
        Instant now = Instant.now(clock);
        presentation.validate(now);
        record(presentation.getProject(), presentationId, "presentation.minutes.validated",
                "Compte rendu validé par le porteur (recueilli par " + access.caller(context) + ").", now);
        return presentation;
    }

    @Override
    @PermitAll
    public MinutesForHolder forHolder(String token) {
        Presentation presentation = byToken(token);
        List<Advice> shared = advice.ofProject(presentation.getProject().getId(), MAX_PER_PROJECT).stream()
                .filter(Advice::isShared).toList();
        return new MinutesForHolder(presentation, shared);
    }

    @Override
    @PermitAll
    public void validateAsHolder(String token) {
        Presentation presentation = byToken(token);
        Instant now = Instant.now(clock);
        presentation.validate(now);
        recordForHolder(presentation, "presentation.minutes.validated", "Compte rendu validé par le porteur.", now);
    }

    @Override
    @PermitAll
    public void askCorrectionAsHolder(String token, String comment) {
        Presentation presentation = byToken(token);
        Instant now = Instant.now(clock);
        presentation.askCorrection(comment, now);
        recordForHolder(presentation, "presentation.minutes.correction",
                "Le porteur demande une correction du compte rendu : " + presentation.getHolderComment(), now);
    }

    @Override
    @PermitAll
    public void replyToAdvice(String token, long adviceId, String reply) {
        Presentation presentation = byToken(token);
        Advice answered = advice.find(adviceId)
                .filter(found -> found.getProject().getId().equals(presentation.getProject().getId()))
                .orElseThrow(() -> BusinessException.notFound("Cet avis n’existe pas."));
        answered.reply(reply);
        recordForHolder(presentation, "advice.reply", "Le porteur répond à l’avis de "
                + answered.getOrganisation().getShortName() + ".", Instant.now(clock));
    }

    private Presentation byToken(String token) {
        String hash = HolderTokens.hash(token);
        return (hash == null ? Optional.<Presentation>empty() : presentations.findByHolderToken(hash))
                .orElseThrow(() -> BusinessException.notFound("Ce lien n’est plus valable : le compte rendu a peut-"
                        + "être déjà été validé. Pour toute question, appelez l’animatrice de la plateforme."));
    }

    /** The presentation, if its project is of a platform the caller works on, at this version. */
    private Presentation current(long presentationId, long version) {
        Presentation presentation = presentations.find(presentationId)
                .filter(found -> access.worksOn(found.getProject().getPlatform().getCode(), context))
                .orElseThrow(() -> BusinessException.notFound("Cette présentation n’existe pas."));
        if (presentation.getVersion() != version) {
            throw BusinessException.conflict("Cette présentation a été modifiée par quelqu’un d’autre pendant que "
                    + "vous la consultiez. Rechargez la page ; copiez d’abord votre texte pour ne pas le perdre.");
        }
        return presentation;
    }

    private static Presentation sameIn(Agenda agenda, Presentation presentation) {
        return agenda.presentations().stream().filter(p -> p.getId().equals(presentation.getId())).findFirst()
                .orElseThrow(() -> BusinessException.notFound("Cette présentation n’existe pas."));
    }

    private static String day(Presentation presentation) {
        return DAY.format(presentation.getSession().getDate());
    }

    private void record(Project project, Object subjectId, String action, String description, Instant at) {
        projects.record(new TimelineEvent(project, at, TimelineEvent.Kind.PRESENTATION, access.caller(context),
                description));
        auditTrail.record(access.caller(context), project.getPlatform().getCode(), SUBJECT, subjectId, action,
                description);
    }

    /** A move of the project that follows from the agenda: booked, it is to present; with minutes, presented. */
    private void recordState(Project project, String change, Instant at) {
        projects.record(new TimelineEvent(project, at, TimelineEvent.Kind.STATE_CHANGE, access.caller(context),
                change));
        auditTrail.record(access.caller(context), project.getPlatform().getCode(), DefaultProjectService.SUBJECT,
                project.getId(), "project.state", change);
    }

    private void recordForHolder(Presentation presentation, String action, String description, Instant at) {
        Project project = presentation.getProject();
        projects.record(new TimelineEvent(project, at, TimelineEvent.Kind.PRESENTATION, "porteur", description));
        auditTrail.record("porteur", project.getPlatform().getCode(), SUBJECT, presentation.getId(), action,
                description);
    }
}
