package fr.fabrikaprojets.application.internal;

import static fr.fabrikaprojets.domain.shared.Roles.ADMIN;
import static fr.fabrikaprojets.domain.shared.Roles.COORDINATOR;
import static fr.fabrikaprojets.domain.shared.Roles.PARTNER;
import static fr.fabrikaprojets.domain.shared.Roles.STAFF;

import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.application.PartnerMember;
import fr.fabrikaprojets.application.ProjectFile;
import fr.fabrikaprojets.application.ProjectFileService;
import fr.fabrikaprojets.application.ProjectPartCounter;
import fr.fabrikaprojets.domain.model.advice.Advice;
import fr.fabrikaprojets.domain.model.advice.AdviceRepository;
import fr.fabrikaprojets.domain.model.document.DocumentRepository;
import fr.fabrikaprojets.domain.model.identity.UserAccountRepository;
import fr.fabrikaprojets.domain.model.orientation.Orientation;
import fr.fabrikaprojets.domain.model.orientation.OrientationRepository;
import fr.fabrikaprojets.domain.model.presentation.Presentation;
import fr.fabrikaprojets.domain.model.presentation.PresentationRepository;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.project.ProjectRepository;
import fr.fabrikaprojets.domain.model.resource.ResourceRepository;
import fr.fabrikaprojets.domain.model.session.Session;
import fr.fabrikaprojets.domain.model.session.SessionRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * Reads a part of a project's page in one transaction: the project, the counts of every part in one statement, and
 * the part's own rows in one more, instead of one service call per part each checking access again (25 statements
 * measured before, see BENCHMARKS.md). The per-record rules are the same as the services' {@code ofProject}
 * methods: they live on the domain objects both use.
 */
@Stateless
public class DefaultProjectFileService implements ProjectFileService {

    private static final int MAX_PARTS = 100;
    /**
     * What {@link ActivityCache#kept} keeps, until the next change, a project's counts of rows per part under (for a
     * kind of reader) and the pages of its timeline (the same for every reader of the project): two of the three
     * statements of a project's summary, whose page was still twice the empty page (BENCHMARKS.md, run 45).
     */
    private static final String PART_COUNTS = "project part counts ";
    private static final String TIMELINE = "project timeline ";
    private static final int MAX_BOOKABLE = 12;
    private static final int MAX_EXPERTS = 500;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    private ProjectAccess access;

    @Inject
    private ProjectRepository projects;

    @Inject
    private PresentationRepository presentations;

    @Inject
    private AdviceRepository advice;

    @Inject
    private OrientationRepository orientations;

    @Inject
    private DocumentRepository documents;

    @Inject
    private ResourceRepository resources;

    @Inject
    private SessionRepository sessions;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private ProjectPartCounter counter;

    @Inject
    private Clock clock;

    @Inject
    private ActivityCache cache;

    @Resource
    private SessionContext context;

    @Override
    @RolesAllowed({PARTNER, STAFF, COORDINATOR, ADMIN})
    public ProjectFile read(long projectId, ProjectFile.Part part, int timelineFirst, int timelineSize,
            Set<ProjectFile.Choices> choices) {
        Project project = access.visibleWholeProject(projectId, context);
        boolean team = access.isPlatformTeam(context);
        Long own = team ? null : access.organisationOf(context).orElse(null);
        boolean coordination = access.isCoordination(context);
        ProjectFile.Builder file = ProjectFile.of(project, part, cache.kept(PART_COUNTS + projectId + " " + team + " "
                + own, () -> counter.count(projectId, team, own)));
        switch (part) {
            case SUMMARY -> {
                int first = Page.boundedFirst(timelineFirst);
                int size = Page.boundedSize(timelineSize);
                file.timeline(cache.kept(TIMELINE + projectId + " " + first + " " + size,
                        () -> Page.probed(projects.timeline(projectId, first, size + 1), first, size)
                                .map(ProjectFile.TimelineEntry::new)));
            }
            case PRESENTATIONS -> {
                file.presentations(presented(projectId, team));
                if (coordination && choices.contains(ProjectFile.Choices.SESSIONS)) {
                    file.bookableSessions(bookable(project));
                }
            }
            case ADVICE -> {
                List<Advice> asked = advice.ofProject(projectId, MAX_PARTS);
                file.advice(team ? asked : asked.stream().filter(a -> a.isReadableOutsideTeamBy(own)).toList());
                if (coordination && choices.contains(ProjectFile.Choices.EXPERTS)) {
                    file.experts(experts(project));
                }
            }
            case ORIENTATIONS -> {
                List<Orientation> oriented = orientations.ofProject(projectId, MAX_PARTS);
                file.orientations(team ? oriented : oriented.stream().filter(o -> o.isReceivedBy(own)).toList());
                if (coordination && choices.contains(ProjectFile.Choices.PRESENTED_SESSIONS)) {
                    file.presentations(presented(projectId, team));
                }
            }
            case ACTIONS -> file.actions(projects.actions(projectId, MAX_PARTS));
            case DOCUMENTS -> file.documents(documents.ofProject(projectId, MAX_PARTS));
            case BOOKINGS -> file.bookings(resources.ofProject(projectId, MAX_PARTS));
        }
        return file.build();
    }

    private List<Presentation> presented(long projectId, boolean team) {
        List<Presentation> presented = presentations.ofProject(projectId, MAX_PARTS);
        return team ? presented : presented.stream().filter(Presentation::isMinutesShared).toList();
    }

    private List<Session> bookable(Project project) {
        LocalDate today = LocalDate.now(clock.withZone(PARIS));
        LocalDate endOfNextYear = LocalDate.of(today.getYear() + 1, 12, 31);
        return sessions.between(project.getPlatform().getCode(), today, endOfNextYear, MAX_BOOKABLE * 2).stream()
                .filter(session -> !session.isClosed()).limit(MAX_BOOKABLE).toList();
    }

    private List<PartnerMember> experts(Project project) {
        return accounts.partnerMembers(project.getPlatform().getId(), MAX_EXPERTS).stream()
                .map(member -> new PartnerMember(member.getUsername(), member.getDisplayName(),
                        member.getOrganisation().getShortName())).toList();
    }
}
