package fr.fabrikaprojets.application.internal;

import fr.fabrikaprojets.domain.shared.Settings;
import static fr.fabrikaprojets.domain.shared.Roles.ADMIN;
import static fr.fabrikaprojets.domain.shared.Roles.COORDINATOR;
import static fr.fabrikaprojets.domain.shared.Roles.PARTNER;
import static fr.fabrikaprojets.domain.shared.Roles.STAFF;

import fr.fabrikaprojets.application.FollowUpService;
import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.application.ProjectService;
import fr.fabrikaprojets.domain.model.project.Action;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.project.ProjectRepository;
import fr.fabrikaprojets.domain.model.project.TimelineEvent;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

@Stateless
public class DefaultFollowUpService implements FollowUpService {

    static final String PROPERTY = "fabrik.inactivity.days";
    private static final int MAX_ACTIONS = 100;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    private ProjectRepository projects;

    @Inject
    private ProjectAccess access;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @Override
    @RolesAllowed({COORDINATOR, STAFF, ADMIN})
    public Action addAction(long projectId, String description, String owner, LocalDate dueDate) {
        Project project = access.visibleProject(projectId, context);
        Instant now = Instant.now(clock);
        Action action = new Action(project, description, owner, dueDate, LocalDate.now(clock.withZone(PARIS)),
                access.caller(context), now);
        projects.store(action);
        record(project, action.getId(), "action.added", "Action « " + action.getDescription() + " » confiée à "
                + action.getOwner() + " pour le " + action.getDueDate() + ".", now);
        return action;
    }

    @Override
    @RolesAllowed({COORDINATOR, STAFF, ADMIN})
    public Action closeAction(long actionId, long version, Action.Status outcome) {
        Action action = projects.findAction(actionId)
                .orElseThrow(() -> BusinessException.notFound("Cette action n’existe pas."));
        access.visibleProject(action.getProject().getId(), context);
        if (action.getVersion() != version) {
            throw BusinessException.conflict("Cette action a été modifiée par quelqu’un d’autre. Rechargez la page.");
        }
        Instant now = Instant.now(clock);
        record(action.getProject(), actionId, "action.closed", action.close(outcome, now), now);
        return action;
    }

    @Override
    @RolesAllowed({COORDINATOR, STAFF, PARTNER, ADMIN})
    public List<Action> actions(long projectId) {
        access.visibleProject(projectId, context);
        return projects.actions(projectId, MAX_ACTIONS);
    }

    @Override
    @RolesAllowed({COORDINATOR, STAFF, ADMIN})
    public Page<Action> overdueActions(String platformCode, int first, int size) {
        access.requireMember(platformCode, context);
        LocalDate today = LocalDate.now(clock.withZone(PARIS));
        int boundedFirst = Page.boundedFirst(first);
        int boundedSize = Page.boundedSize(size);
        return new Page<>(projects.overdueActions(platformCode, today, boundedFirst, boundedSize), boundedFirst,
                boundedSize, projects.countOverdueActions(platformCode, today));
    }

    @Override
    @RolesAllowed({COORDINATOR, STAFF, ADMIN})
    public Page<Project> inactiveProjects(String platformCode, int first, int size) {
        access.requireMember(platformCode, context);
        Instant before = Instant.now(clock).minus(Duration.ofDays(inactivityDays()));
        int boundedFirst = Page.boundedFirst(first);
        int boundedSize = Page.boundedSize(size);
        return new Page<>(projects.inactiveSince(platformCode, before, boundedFirst, boundedSize), boundedFirst,
                boundedSize, projects.countInactiveSince(platformCode, before, ProjectService.COUNT_CAP));
    }

    @Override
    @RolesAllowed({COORDINATOR, STAFF, ADMIN})
    public int inactivityDays() {
        long days = Settings.number(PROPERTY, DEFAULT_INACTIVITY_DAYS, 0);
        return days > 0 ? (int) Math.min(days, Integer.MAX_VALUE) : DEFAULT_INACTIVITY_DAYS;
    }

    private void record(Project project, Object actionId, String auditAction, String description, Instant at) {
        projects.record(new TimelineEvent(project, at, TimelineEvent.Kind.ACTION, access.caller(context),
                description));
        auditTrail.record(access.caller(context), project.getPlatform().getCode(), "Action", actionId, auditAction,
                description);
    }
}
