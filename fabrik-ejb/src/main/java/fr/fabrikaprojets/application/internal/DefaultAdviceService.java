package fr.fabrikaprojets.application.internal;

import static fr.fabrikaprojets.domain.shared.Roles.ADMIN;
import static fr.fabrikaprojets.domain.shared.Roles.COORDINATOR;
import static fr.fabrikaprojets.domain.shared.Roles.PARTNER;
import static fr.fabrikaprojets.domain.shared.Roles.STAFF;

import fr.fabrikaprojets.application.AdviceService;
import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.application.Upload;
import fr.fabrikaprojets.application.notification.MailTexts;
import fr.fabrikaprojets.application.notification.MessagesReady;
import fr.fabrikaprojets.domain.model.advice.Advice;
import fr.fabrikaprojets.domain.model.advice.AdviceRepository;
import fr.fabrikaprojets.domain.model.advice.Visibility;
import fr.fabrikaprojets.domain.model.document.Document;
import fr.fabrikaprojets.domain.model.identity.PeopleDirectory;
import fr.fabrikaprojets.domain.model.identity.UserAccount;
import fr.fabrikaprojets.domain.model.identity.UserAccountRepository;
import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.model.organisation.OrganisationRepository;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.project.ProjectRepository;
import fr.fabrikaprojets.domain.model.project.TimelineEvent;
import fr.fabrikaprojets.domain.model.session.Session;
import fr.fabrikaprojets.domain.model.session.SessionRepository;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Stateless
public class DefaultAdviceService implements AdviceService {

    static final String SUBJECT = "Advice";
    private static final int MAX_PER_PROJECT = 100;

    @Inject
    private PeopleDirectory people;

    @Inject
    private AdviceRepository advice;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private SessionRepository sessions;

    @Inject
    private ProjectRepository projects;

    @Inject
    private ProjectAccess access;

    @Inject
    private DocumentKeeper keeper;

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
    public Advice request(long projectId, String expertUsername, String introduction, String question,
            Upload document) {
        Document.Checked checked = document == null ? null
                : Document.check(document.getFilename(), document.getContent());
        Project project = access.visibleProject(projectId, context);
        UserAccount expert = (expertUsername == null ? Optional.<UserAccount>empty()
                : accounts.findByUsername(expertUsername.strip()))
                .orElseThrow(() -> BusinessException.invalid("Choisissez la personne à qui demander un avis."));
        Instant now = Instant.now(clock);
        Advice asked = Advice.request(project, expert, introduction, question, access.caller(context), now);
        if (checked != null) {
            asked.joinDocument(keeper.keep(project, checked, document.getContent(), access.caller(context), now));
        }
        advice.store(asked);
        record(asked, "advice.requested", "Avis demandé à " + expert.getDisplayName() + " ("
                + asked.getOrganisation().getShortName() + ").", now);
        String expertEmail = people.emailOf(expert).orElse(null);
        if (expertEmail != null) {
            MailTexts texts = MailTexts.in(expert.writesIn());
            messages.fire(MessagesReady.of(texts.message(expertEmail, expert.getDisplayName(), "advice.requested",
                    null, "title", project.getTitle(), "introduction", asked.getIntroduction(), "question",
                    asked.getQuestion() == null ? "" : texts.text("advice.requested.question", "question",
                            asked.getQuestion()), "link", PublicLinks.page("/projets/projet.xhtml?id="
                            + project.getId()))));
        }
        return asked;
    }

    @Override
    @RolesAllowed({COORDINATOR, ADMIN})
    public Advice recordLive(long projectId, long organisationId, long sessionId, String text,
            Visibility visibility) {
        Project project = access.visibleProject(projectId, context);
        Organisation organisation = organisations.find(organisationId).orElseThrow(
                () -> BusinessException.invalid("Choisissez l’organisation qui a donné cet avis."));
        Session session = sessions.find(sessionId)
                .filter(found -> found.getPlatform().getId().equals(project.getPlatform().getId()))
                .orElseThrow(() -> BusinessException.invalid("Choisissez la réunion où l’avis a été donné."));
        Instant now = Instant.now(clock);
        Advice given = Advice.recordedLive(project, organisation, session, text, visibility, access.caller(context),
                now);
        advice.store(given);
        record(given, "advice.recorded", "Avis de " + organisation.getShortName() + " en réunion du "
                + session.getDate() + " (" + (visibility == Visibility.SHARED ? "partagé" : "confidentiel") + ").",
                now);
        return given;
    }

    @Override
    @RolesAllowed({PARTNER, STAFF, COORDINATOR, ADMIN})
    public Advice give(long adviceId, long version, String text, Boolean answer, Visibility visibility) {
        Advice asked = advice.find(adviceId).orElseThrow(() -> BusinessException.notFound("Cet avis n’existe pas."));
        String caller = access.caller(context);
        // The expert's own account, the way they signed in: a namesake from another sign-in is someone else.
        boolean theExpert = asked.getExpert() != null && access.account(context)
                .map(account -> account.getId().equals(asked.getExpert().getId())).orElse(false);
        if (!theExpert) {
            throw BusinessException.notFound("Cet avis n’existe pas.");
        }
        if (asked.getVersion() != version) {
            throw BusinessException.conflict("Cet avis a changé pendant que vous l’écriviez (il a peut-être été "
                    + "retiré). Rechargez la page ; copiez d’abord votre texte pour ne pas le perdre.");
        }
        Instant now = Instant.now(clock);
        String change = asked.give(text, answer, visibility, caller, now);
        record(asked, "advice.given", change, now);
        return asked;
    }

    @Override
    @RolesAllowed({COORDINATOR, ADMIN})
    public Advice revoke(long adviceId, long version) {
        Advice asked = advice.find(adviceId).orElseThrow(() -> BusinessException.notFound("Cet avis n’existe pas."));
        if (asked.getVersion() != version) {
            throw BusinessException.conflict("Cet avis a changé entre-temps (il a peut-être été donné). Rechargez la "
                    + "page.");
        }
        Instant now = Instant.now(clock);
        record(asked, "advice.revoked", asked.revoke(now), now);
        return asked;
    }

    @Override
    @RolesAllowed({PARTNER, STAFF, COORDINATOR, ADMIN})
    public List<Advice> ofProject(long projectId) {
        access.visibleProject(projectId, context);
        List<Advice> all = advice.ofProject(projectId, MAX_PER_PROJECT);
        if (access.isPlatformTeam(context)) {
            return all;
        }
        Long own = access.organisationOf(context).orElse(null);
        return all.stream().filter(a -> a.isReadableOutsideTeamBy(own)).toList();
    }

    @Override
    @RolesAllowed({PARTNER, STAFF, COORDINATOR, ADMIN})
    public Page<Advice> requestedOfMe(int first, int size) {
        int boundedFirst = Page.boundedFirst(first);
        int boundedSize = Page.boundedSize(size);
        return access.account(context)
                .map(me -> new Page<>(advice.requestedOf(me.getId(), boundedFirst, boundedSize), boundedFirst,
                        boundedSize, advice.countRequestedOf(me.getId())))
                .orElseGet(() -> new Page<>(List.of(), boundedFirst, boundedSize, 0));
    }

    private void record(Advice subject, String action, String description, Instant at) {
        Project project = subject.getProject();
        projects.record(new TimelineEvent(project, at, TimelineEvent.Kind.ADVICE, access.caller(context),
                description));
        auditTrail.record(access.caller(context), project.getPlatform().getCode(), SUBJECT, subject.getId(), action,
                description);
    }
}
