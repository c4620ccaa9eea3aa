package fr.fabrikaprojets.application.internal;

import static fr.fabrikaprojets.domain.shared.Roles.ADMIN;
import static fr.fabrikaprojets.domain.shared.Roles.COORDINATOR;
import static fr.fabrikaprojets.domain.shared.Roles.PARTNER;
import static fr.fabrikaprojets.domain.shared.Roles.STAFF;

import fr.fabrikaprojets.application.ExportFormat;
import fr.fabrikaprojets.application.IdeaSubmission;
import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.application.ProjectService;
import fr.fabrikaprojets.application.ProjectSummary;
import fr.fabrikaprojets.application.RequestOrigin;
import fr.fabrikaprojets.application.Upload;
import fr.fabrikaprojets.application.notification.IdeaReceived;
import fr.fabrikaprojets.domain.model.commune.Commune;
import fr.fabrikaprojets.domain.model.commune.CommuneRepository;
import fr.fabrikaprojets.domain.model.document.Document;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.project.IntakeChannel;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.project.ProjectDescription;
import fr.fabrikaprojets.domain.model.project.ProjectFilter;
import fr.fabrikaprojets.domain.model.project.ProjectHolder;
import fr.fabrikaprojets.domain.model.project.ProjectRepository;
import fr.fabrikaprojets.domain.model.project.ProjectState;
import fr.fabrikaprojets.domain.model.project.TimelineEvent;
import fr.fabrikaprojets.domain.shared.BusinessException;
import fr.fabrikaprojets.domain.shared.Language;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

@Stateless
public class DefaultProjectService implements ProjectService {

    /** The public form accepts this many ideas per address and per hour; more looks like abuse. */
    static final int MAX_IDEAS_PER_ADDRESS = 5;
    static final Duration RATE_WINDOW = Duration.ofHours(1);
    /** The list {@link ActivityCache#keptPage} keeps the pages of the projects list as. */
    private static final String PROJECTS_PAGE = "projects";
    private static final int MAX_SIMILAR = 10;
    private static final int EXPORT_BATCH = 500;
    static final String SUBJECT = "Project";

    @Inject
    private ActivityCache cache;

    @Inject
    private CommuneRepository communes;

    @Inject
    private ProjectRepository projects;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private RequestOrigin origin;

    @Inject
    private ProjectAccess access;

    @Inject
    private DocumentKeeper keeper;

    @Inject
    private InputValidation inputs;

    @Inject
    private Clock clock;

    @Inject
    private SheetDrafter drafter;

    @Resource
    private SessionContext context;

    @Inject
    private Event<IdeaReceived> ideaReceived;

    @Override
    @PermitAll
    public Project submitIdea(String platformCode, IdeaSubmission submission) {
        return submitIdea(platformCode, submission, null);
    }

    @Override
    @PermitAll
    public Project submitIdea(String platformCode, IdeaSubmission submission, Upload document) {
        requireValid(submission);
        Document.Checked checked = document == null ? null
                : Document.check(document.getFilename(), document.getContent());
        Instant now = Instant.now(clock);
        String address = origin.address();
        if (projects.countSubmittedFrom(address, now.minus(RATE_WINDOW)) >= MAX_IDEAS_PER_ADDRESS) {
            throw BusinessException.conflict("Beaucoup d’idées ont été envoyées depuis votre connexion en peu de "
                    + "temps. Réessayez dans une heure, ou appelez l’animatrice de la plateforme.");
        }
        Project project = receive(platformCode, submission, IntakeChannel.PUBLIC_FORM, null, address, now);
        if (checked != null) {
            keeper.keep(project, checked, document.getContent(), caller(), now);
        }
        return project;
    }

    @Override
    @RolesAllowed({COORDINATOR, ADMIN})
    public Project registerOnBehalf(String platformCode, IdeaSubmission submission) {
        access.requireMember(platformCode, context);
        requireValid(submission);
        return receive(platformCode, submission, IntakeChannel.STAFF, caller(), null, Instant.now(clock));
    }

    @Override
    @RolesAllowed({COORDINATOR, STAFF, ADMIN})
    public List<Project> similarProjects(String platformCode, IdeaSubmission submission) {
        access.requireMember(platformCode, context);
        if (submission == null || submission.communeCode() == null) {
            return List.of();
        }
        return projects.similar(platformCode, submission.communeCode(), significantWords(submission.title()),
                blankToNull(submission.holderName()), blankToNull(submission.email()),
                normalisedPhone(submission.phone()), MAX_SIMILAR);
    }

    @Override
    @RolesAllowed({COORDINATOR, STAFF, PARTNER, ADMIN})
    public Project getProject(long projectId) {
        return access.visibleProject(projectId, context);
    }

    @Override
    @RolesAllowed({COORDINATOR, STAFF, PARTNER, ADMIN})
    public Page<Project> projects(ProjectFilter requested, int first, int size) {
        return matching(visibleOnly(requested), Page.boundedFirst(first), Page.boundedSize(size));
    }

    @Override
    @RolesAllowed({COORDINATOR, STAFF, PARTNER, ADMIN})
    public Page<ProjectSummary> projectsPage(ProjectFilter requested, int first, int size) {
        ProjectFilter filter = visibleOnly(requested);
        return cache.keptPage(PROJECTS_PAGE, filter, first, size, (from, rows) -> matching(filter, from, rows)
                .map(ProjectSummary::of));
    }

    private Page<Project> matching(ProjectFilter filter, int from, int rows) {
        return Page.counted(from, rows, cap -> projects.matchingIds(filter, 0, cap),
                at -> projects.matchingIds(filter, at, rows), cap -> projects.countMatching(filter, cap),
                projects::withIds);
    }

    @Override
    @RolesAllowed({COORDINATOR, STAFF, PARTNER, ADMIN})
    public byte[] export(ProjectFilter requested, ExportFormat format) {
        ProjectFilter filter = visibleOnly(requested);
        ProjectColumns words = ProjectColumns.in(origin.language());
        List<List<String>> rows = new ArrayList<>();
        for (int first = 0; first < MAX_EXPORT; first += EXPORT_BATCH) {
            List<Project> batch = projects.matchingWithFieldsAndNeeds(filter, first,
                    Math.min(EXPORT_BATCH, MAX_EXPORT - first));
            for (Project project : batch) {
                rows.add(List.of(String.valueOf(project.getId()), project.getTitle(), words.state(project.getState()),
                        project.getCommune().getName(), joined(project.getFields().stream().map(words::field)),
                        joined(project.getNeeds().stream().map(words::need)),
                        ProjectColumns.day(project.getReceivedAt()), ProjectColumns.day(project.getLastActivityAt()),
                        project.getHolder().getName()));
            }
            if (batch.size() < EXPORT_BATCH) {
                break;
            }
        }
        return Spreadsheets.write(words.sheet(), words.headings(), rows, format == null ? ExportFormat.CSV : format);
    }

    private static String joined(Stream<String> labels) {
        return labels.sorted().collect(Collectors.joining(" | "));
    }

    @Override
    @RolesAllowed({COORDINATOR, STAFF, ADMIN})
    public Project changeState(long projectId, long version, ProjectState target, String reason) {
        Project project = getProject(projectId);
        if (project.getVersion() != version) {
            throw BusinessException.conflict("Ce projet a été modifié par quelqu’un d’autre pendant que vous le "
                    + "consultiez. Rechargez la page pour voir ses nouvelles informations.");
        }
        Instant now = Instant.now(clock);
        String change = project.moveTo(target, reason, callerRoles(), now);
        record(project, TimelineEvent.Kind.STATE_CHANGE, "project.state", change, now);
        if (project.getState().isClosed()) {
            drafter.draft(project, now);
        }
        return project;
    }

    @Override
    @RolesAllowed({COORDINATOR, STAFF, PARTNER, ADMIN})
    public Page<TimelineEvent> timeline(long projectId, int first, int size) {
        getProject(projectId);
        int boundedFirst = Page.boundedFirst(first);
        int boundedSize = Page.boundedSize(size);
        return new Page<>(projects.timeline(projectId, boundedFirst, boundedSize), boundedFirst, boundedSize,
                projects.countTimeline(projectId));
    }

    /**
     * A partner's member lists only the projects their organisation is involved in; the statistics' filters are the
     * team's, since an orientation filter would tell which projects other organisations were oriented to.
     */
    private ProjectFilter visibleOnly(ProjectFilter requested) {
        if (requested == null || requested.platformCode() == null) {
            throw BusinessException.invalid("Choisissez une plateforme.");
        }
        access.requireMember(requested.platformCode(), context);
        return access.isPlatformTeam(context) ? requested
                : requested.reaching(null).involving(access.organisationOf(context).orElse(-1L));
    }

    private Project receive(String platformCode, IdeaSubmission submission, IntakeChannel channel, String enteredBy,
            String address, Instant now) {
        Platform platform = access.existing(platformCode);
        Commune commune = communes.find(submission.communeCode())
                .filter(found -> found.getPlatform().getId().equals(platform.getId()))
                .orElseThrow(() -> BusinessException.invalid("Choisissez une commune du territoire de "
                        + platform.getName() + "."));
        String email = blankToNull(submission.email());
        String phone = normalisedPhone(submission.phone());
        if (email == null && phone == null) {
            throw BusinessException.invalid("Indiquez une adresse e-mail ou un numéro de téléphone, pour que la "
                    + "plateforme puisse vous recontacter.");
        }
        ProjectHolder holder = new ProjectHolder(submission.holderKind(), submission.holderName().strip(),
                blankToNull(submission.contactName()), email == null ? null : email.toLowerCase(Locale.ROOT), phone,
                now, IdeaSubmission.CONSENT_TEXT_VERSION);
        // The public form is in the holder's own language; an idea entered by the team is answered in French.
        holder.writesIn(channel == IntakeChannel.PUBLIC_FORM ? origin.language() : Language.FRENCH);
        projects.store(holder);
        Project project = new Project(platform, holder, new ProjectDescription(submission.title().strip(),
                submission.idea().strip(), submission.collectiveAim().strip(), submission.fields(),
                submission.needs() == null ? Set.of() : submission.needs(), blankToNull(submission.neighbourhood()),
                blankToNull(submission.inhabitantsParticipation())), commune, channel, enteredBy, address, now);
        projects.store(project);
        String how = channel == IntakeChannel.PUBLIC_FORM ? "Idée reçue par le formulaire public."
                : "Idée saisie par " + enteredBy + " pour le compte de " + holder.getName() + ".";
        record(project, TimelineEvent.Kind.INTAKE, "project.received", how, now);
        ideaReceived.fire(new IdeaReceived(project.getId(), project.getTitle(), holder.getName(), holder.getEmail(),
                channel == IntakeChannel.PUBLIC_FORM, platform.getName(), holder.getLanguage()));
        return project;
    }

    private void record(Project project, TimelineEvent.Kind kind, String action, String description, Instant at) {
        projects.record(new TimelineEvent(project, at, kind, caller(), description));
        auditTrail.record(caller(), project.getPlatform().getCode(), SUBJECT, project.getId(), action, description);
    }

    private void requireValid(IdeaSubmission submission) {
        inputs.requireValid(submission, "Le formulaire est vide.");
    }

    private Set<String> callerRoles() {
        return Stream.of(COORDINATOR, STAFF, PARTNER, ADMIN).filter(context::isCallerInRole)
                .collect(Collectors.toSet());
    }

    private String caller() {
        String name = context.getCallerPrincipal().getName();
        return "anonymous".equals(name) ? "public" : name;
    }

    /** Words of four letters or more: "jardin partagé des Provinces" → [jardin, partagé, provinces]. */
    static List<String> significantWords(String title) {
        if (title == null) {
            return List.of();
        }
        return Arrays.stream(title.toLowerCase(Locale.FRENCH).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() >= 4).distinct().limit(5).toList();
    }

    private static String normalisedPhone(String phone) {
        String digits = phone == null ? "" : phone.replaceAll("[^0-9+]", "");
        return digits.isEmpty() ? null : digits;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
