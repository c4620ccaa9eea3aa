package fr.fabrikaprojets.view.projets;

import fr.fabrikaprojets.application.Choice;
import fr.fabrikaprojets.application.CommuneChoice;
import fr.fabrikaprojets.application.DirectoryService;
import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.application.ProjectService;
import fr.fabrikaprojets.application.ProjectSummary;
import fr.fabrikaprojets.application.ReferenceDataService;
import fr.fabrikaprojets.application.SessionCalendarService;
import fr.fabrikaprojets.domain.model.orientation.OrientationState;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.project.Milestone;
import fr.fabrikaprojets.domain.model.project.MilestoneFilter;
import fr.fabrikaprojets.domain.model.project.ProjectFilter;
import fr.fabrikaprojets.domain.model.project.ProjectState;
import fr.fabrikaprojets.view.CurrentPlatform;
import fr.fabrikaprojets.view.Feedback;
import fr.fabrikaprojets.view.Formats;
import fr.fabrikaprojets.view.FormValues;
import fr.fabrikaprojets.web.PageAddress;
import fr.fabrikaprojets.web.PageParameters;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The list of projects ({@code projets/index.xhtml?etat=RECEIVED&commune=62510&domaine=CULTURE&reunion=19&debut=20}): filters
 * in the address so that a filtered list can be bookmarked and shared; pages of {@value #PAGE_SIZE} read from the
 * database.
 */
@Named
@RequestScoped
public class ProjectsBacking {

    @Inject
    private CurrentPlatform currentPlatform;

    @Inject
    private Formats formats;

    static final int PAGE_SIZE = 20;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @EJB
    private ProjectService projects;

    @EJB
    private ReferenceDataService referenceData;

    @EJB
    private SessionCalendarService calendar;

    @EJB
    private DirectoryService directory;

    private PageAddress address;
    private MilestoneFilter reached;
    private List<Choice> sessions = List.of();
    private Page<ProjectSummary> page;
    private List<CommuneChoice> communes = List.of();

    /** The list's filters and page from its address ({@link PageAddress}), read when the request first shows it. */
    @PostConstruct
    void load() {
        address = PageAddress.read("etat", "commune", "domaine", "reunion", "jalon", "du", "au", "partenaire", "issue");
        communes = referenceData.communeChoices(currentPlatform.getCode());
        int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
        sessions = calendar.sessionsAround(currentPlatform.getCode(), year).stream()
                .map(s -> Choice.of(s.getId().toString(), formats.longDate(s.getDate()))).toList();
        ProjectFilter filter = filter(currentPlatform.getCode(), address::get);
        reached = filter.reached();
        Feedback.attempt(() -> page = projects.projectsPage(filter, address.getFirst(), PAGE_SIZE));
    }

    /**
     * The list's filter from its parameters; a wrong value means "any", as in the filter form. A figure of the
     * statistics adds its milestone and period ({@code jalon=PRESENTED&du=2026-01-01&au=2026-01-31}), for
     * orientations a partner ({@code partenaire}) and an outcome ({@code issue}).
     */
    public static ProjectFilter filter(String platformCode, UnaryOperator<String> parameter) {
        String commune = parameter.apply("commune");
        ProjectFilter filter = new ProjectFilter(platformCode,
                FormValues.parse(ProjectState.class, parameter.apply("etat")),
                commune == null || commune.isBlank() ? null : commune.strip(),
                FormValues.parse(Field.class, parameter.apply("domaine")), PageParameters.id(parameter.apply("reunion")),
                null);
        Milestone milestone = FormValues.parse(Milestone.class, parameter.apply("jalon"));
        LocalDate from = day(parameter.apply("du"));
        LocalDate to = day(parameter.apply("au"));
        if (milestone == null || from == null || to == null || to.isBefore(from)) {
            return filter;
        }
        return filter.reaching(new MilestoneFilter(milestone, from.atStartOfDay(PARIS).toInstant(),
                to.plusDays(1).atStartOfDay(PARIS).toInstant(), PageParameters.id(parameter.apply("partenaire")),
                FormValues.parse(OrientationState.class, parameter.apply("issue"))));
    }

    private static LocalDate day(String text) {
        try {
            return text == null ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException wrong) {
            return null;
        }
    }

    /** The export's address with the list's filters: the same selection as on screen. */
    public String exportQuery(String format) {
        return address.query("format", format);
    }

    /** The list's filters, which its pager's links carry. */
    public PageAddress getAddress() {
        return address;
    }

    /** The statistics' figure this list shows, in words ("Projets réalisés du 01/01/2026 au 31/01/2026"). */
    public String getReachedDescription() {
        if (reached == null) {
            return null;
        }
        DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        StringBuilder text = new StringBuilder(Feedback.text("projects.reached." + reached.milestone().name(),
                day.format(reached.from().atZone(PARIS)), day.format(reached.to().atZone(PARIS).minusDays(1))));
        if (reached.outcome() != null) {
            text.append(", ").append(Feedback.text("projects.reached.outcome",
                    Feedback.text("orientation.state." + reached.outcome().name())));
        }
        if (reached.partnerId() != null) {
            String name = Feedback.obtain(() -> directory.organisation(reached.partnerId()).getShortName())
                    .orElse("n° " + reached.partnerId());
            text.append(", ").append(Feedback.text("projects.reached.partner", name));
        }
        return text.toString();
    }

    /** More projects match than the list counts: the page invites to filter rather than to page through. */
    public boolean isCapped() {
        return page != null && !page.isExact();
    }

    public ProjectState[] getStates() {
        return ProjectState.values();
    }

    public Field[] getFields() {
        return Field.values();
    }

    public List<CommuneChoice> getCommunes() {
        return communes;
    }

    public Page<ProjectSummary> getPage() {
        return page;
    }

    public String getState() {
        return address.get("etat");
    }

    public String getCommune() {
        return address.get("commune");
    }

    /** The sessions of last year, this year and next, to find the projects on one's agenda, by their dates. */
    public List<Choice> getSessions() {
        return sessions;
    }

    public String getSession() {
        return address.get("reunion");
    }

    public String getField() {
        return address.get("domaine");
    }

    public String getMilestone() {
        return address.get("jalon");
    }

    public String getFrom() {
        return address.get("du");
    }

    public String getTo() {
        return address.get("au");
    }

    public String getPartner() {
        return address.get("partenaire");
    }

    public String getOutcome() {
        return address.get("issue");
    }
}
