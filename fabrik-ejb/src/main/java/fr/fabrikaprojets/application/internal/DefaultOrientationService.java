package fr.fabrikaprojets.application.internal;

import static fr.fabrikaprojets.domain.shared.Roles.ADMIN;
import static fr.fabrikaprojets.domain.shared.Roles.COORDINATOR;
import static fr.fabrikaprojets.domain.shared.Roles.PARTNER;
import static fr.fabrikaprojets.domain.shared.Roles.STAFF;

import fr.fabrikaprojets.application.OrientationService;
import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.application.notification.MailTexts;
import fr.fabrikaprojets.application.notification.MessagesReady;
import fr.fabrikaprojets.application.notification.Notification;
import fr.fabrikaprojets.domain.model.identity.PeopleDirectory;
import fr.fabrikaprojets.domain.model.identity.UserAccount;
import fr.fabrikaprojets.domain.model.identity.UserAccountRepository;
import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.model.organisation.OrganisationRepository;
import fr.fabrikaprojets.domain.model.orientation.Orientation;
import fr.fabrikaprojets.domain.model.orientation.OrientationRepository;
import fr.fabrikaprojets.domain.model.orientation.OrientationState;
import fr.fabrikaprojets.domain.model.orientation.Usefulness;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.project.ProjectRepository;
import fr.fabrikaprojets.domain.model.project.TimelineEvent;
import fr.fabrikaprojets.domain.model.session.Session;
import fr.fabrikaprojets.domain.model.session.SessionRepository;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Stateless
public class DefaultOrientationService implements OrientationService {

    static final String SUBJECT = "Orientation";
    private static final int MAX_PER_PROJECT = 100;
    private static final int MAX_RECIPIENTS = 20;

    @Inject
    private PeopleDirectory people;

    @Inject
    private OrientationRepository orientations;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private SessionRepository sessions;

    @Inject
    private ProjectRepository projects;

    @Inject
    private UserAccountRepository accounts;

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
    public Orientation orient(long projectId, long organisationId, Long sessionId, String need) {
        Project project = access.visibleProject(projectId, context);
        Organisation organisation = organisations.find(organisationId).orElseThrow(
                () -> BusinessException.invalid("Choisissez l’organisation vers laquelle orienter le projet."));
        Session session = sessionId == null ? null : sessions.find(sessionId)
                .filter(found -> found.getPlatform().getId().equals(project.getPlatform().getId()))
                .orElseThrow(() -> BusinessException.invalid("Choisissez une réunion de la plateforme du projet."));
        Instant now = Instant.now(clock);
        Orientation orientation = new Orientation(project, organisation, session, need, access.caller(context), now);
        orientations.store(orientation);
        record(orientation, "orientation.proposed", "Orienté vers " + organisation.getShortName() + " pour : "
                + orientation.getNeed() + (session == null ? "." : " (réunion du " + session.getDate() + ")."), now);
        notifyMembers(orientation, "orientation.proposed", "organisation", organisation.getShortName(), "title",
                project.getTitle(), "need", orientation.getNeed(), "link",
                PublicLinks.page("/projets/projet.xhtml?id=" + project.getId()));
        return orientation;
    }

    @Override
    @RolesAllowed({COORDINATOR, STAFF, PARTNER, ADMIN})
    public Orientation move(long orientationId, long version, OrientationState target, String reason) {
        Orientation orientation = orientations.find(orientationId)
                .orElseThrow(() -> BusinessException.notFound("Cette orientation n’existe pas."));
        boolean member = access.organisationOf(context)
                .map(organisation -> organisation.equals(orientation.getOrganisation().getId())).orElse(false);
        if (!access.isCoordination(context) && !member) {
            throw BusinessException.notFound("Cette orientation n’existe pas.");
        }
        if (orientation.getVersion() != version) {
            throw BusinessException.conflict("Cette orientation a été modifiée par quelqu’un d’autre pendant que vous "
                    + "la consultiez. Rechargez la page pour voir où elle en est.");
        }
        Instant now = Instant.now(clock);
        String change = orientation.moveTo(target, reason, now);
        record(orientation, "orientation.moved", change, now);
        Project project = orientation.getProject();
        if (target.asksHolder() && project.getHolder().getEmail() != null) {
            String token = HolderTokens.newToken();
            orientation.askUsefulness(HolderTokens.hash(token));
            messages.fire(MessagesReady.of(MailTexts.in(project.getHolder().getLanguage()).message(
                    project.getHolder().getEmail(), project.getHolder().getName(), "orientation.usefulness", null,
                    "organisation", orientation.getOrganisation().getShortName(), "title", project.getTitle(),
                    "need", orientation.getNeed(), "link",
                    PublicLinks.page("/porteur/orientation.xhtml?jeton=" + token))));
        }
        return orientation;
    }

    @Override
    @RolesAllowed({COORDINATOR, STAFF, PARTNER, ADMIN})
    public List<Orientation> ofProject(long projectId) {
        access.visibleProject(projectId, context);
        List<Orientation> all = orientations.ofProject(projectId, MAX_PER_PROJECT);
        if (access.isPlatformTeam(context)) {
            return all;
        }
        Long own = access.organisationOf(context).orElse(null);
        return all.stream().filter(o -> o.isReceivedBy(own)).toList();
    }

    @Override
    @RolesAllowed({STAFF, PARTNER, COORDINATOR, ADMIN})
    public Page<Orientation> received(int first, int size) {
        int boundedFirst = Page.boundedFirst(first);
        int boundedSize = Page.boundedSize(size);
        return access.organisationOf(context)
                .map(organisation -> new Page<>(orientations.receivedBy(organisation, boundedFirst, boundedSize),
                        boundedFirst, boundedSize, orientations.countReceivedBy(organisation)))
                .orElseGet(() -> new Page<>(List.of(), boundedFirst, boundedSize, 0));
    }

    @Override
    @RolesAllowed({STAFF, PARTNER, COORDINATOR, ADMIN})
    public Page<Orientation> awaitingMyOrganisation(int first, int size) {
        int boundedFirst = Page.boundedFirst(first);
        int boundedSize = Page.boundedSize(size);
        return access.organisationOf(context)
                .map(organisation -> new Page<>(orientations.awaitedFrom(organisation, boundedFirst, boundedSize),
                        boundedFirst, boundedSize, orientations.countAwaitedFrom(organisation)))
                .orElseGet(() -> new Page<>(List.of(), boundedFirst, boundedSize, 0));
    }

    @Override
    @PermitAll
    public Orientation forHolder(String token) {
        return byToken(token);
    }

    @Override
    @PermitAll
    public Orientation answerUsefulness(String token, Usefulness answer) {
        Orientation orientation = byToken(token);
        orientation.answerUsefulness(answer);
        String said = answer == Usefulness.USEFUL ? "utile" : "pas utile";
        Instant now = Instant.now(clock);
        projects.record(new TimelineEvent(orientation.getProject(), now, TimelineEvent.Kind.ORIENTATION, "porteur",
                "Le porteur juge l’orientation vers " + orientation.getOrganisation().getShortName() + " " + said
                        + "."));
        auditTrail.record("porteur", orientation.getProject().getPlatform().getCode(), SUBJECT, orientation.getId(),
                "orientation.usefulness", "Orientation jugée " + said + " par le porteur.");
        return orientation;
    }

    private Orientation byToken(String token) {
        String hash = HolderTokens.hash(token);
        return (hash == null ? Optional.<Orientation>empty() : orientations.findByHolderToken(hash))
                .orElseThrow(() -> BusinessException.notFound("Ce lien n’est plus valable : vous avez peut-être déjà "
                        + "répondu. Pour toute question, appelez l’animatrice de la plateforme."));
    }

    private void record(Orientation orientation, String action, String description, Instant at) {
        Project project = orientation.getProject();
        projects.record(new TimelineEvent(project, at, TimelineEvent.Kind.ORIENTATION, access.caller(context),
                description));
        auditTrail.record(access.caller(context), project.getPlatform().getCode(), SUBJECT, orientation.getId(),
                action, description);
    }

    private void notifyMembers(Orientation orientation, String key, Object... namesAndValues) {
        List<Notification> toSend = new ArrayList<>();
        for (UserAccount member : accounts.membersOf(orientation.getOrganisation().getId(), MAX_RECIPIENTS)) {
            String memberEmail = people.emailOf(member).orElse(null);
            if (memberEmail != null) {
                toSend.add(MailTexts.in(member.writesIn()).message(memberEmail, member.getDisplayName(), key, null,
                        namesAndValues));
            }
        }
        if (!toSend.isEmpty()) {
            messages.fire(new MessagesReady(toSend));
        }
    }
}
