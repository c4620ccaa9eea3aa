package fr.fabrikaprojets.view.projets;

import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.application.ProjectService;
import fr.fabrikaprojets.application.ReferenceDataService;
import fr.fabrikaprojets.application.SessionCalendarService;
import fr.fabrikaprojets.domain.model.commune.Commune;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.project.ProjectFilter;
import fr.fabrikaprojets.domain.model.project.ProjectState;
import fr.fabrikaprojets.domain.model.session.Session;
import fr.fabrikaprojets.view.Feedback;
import fr.fabrikaprojets.view.FormValues;
import fr.fabrikaprojets.web.PageParameters;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

/**
 * The list of projects ({@code projets/index.xhtml?etat=RECEIVED&commune=62510&domaine=CULTURE&reunion=19&debut=20}): filters
 * in the address so that a filtered list can be bookmarked and shared; pages of {@value #PAGE_SIZE} read from the
 * database.
 */
@Named
@RequestScoped
public class ProjectsBacking {

    static final int PAGE_SIZE = 20;

    @EJB
    private ProjectService projects;

    @EJB
    private ReferenceDataService referenceData;

    @EJB
    private SessionCalendarService calendar;

    private String state;
    private String commune;
    private String field;
    private String session;
    private List<Session> sessions = List.of();
    private int first;
    private Page<Project> page;
    private List<Commune> communes = List.of();

    public void load() {
        communes = referenceData.communes(Platform.LENS_LIEVIN);
        int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
        sessions = Stream.of(year - 1, year, year + 1)
                .flatMap(y -> calendar.sessionsOfYear(Platform.LENS_LIEVIN, y).stream()).toList();
        ProjectFilter filter = filter(state, commune, field, session);
        Feedback.attempt(() -> page = projects.projects(filter, first, PAGE_SIZE));
    }

    /** The list's filter from its parameters; a wrong value means "any", as in the filter form. */
    public static ProjectFilter filter(String state, String commune, String field, String session) {
        return new ProjectFilter(Platform.LENS_LIEVIN, FormValues.parse(ProjectState.class, state),
                commune == null || commune.isBlank() ? null : commune.strip(), FormValues.parse(Field.class, field),
                PageParameters.id(session), null);
    }

    /** The export's address with the list's filters: the same selection as on screen. */
    public String exportQuery(String format) {
        StringBuilder query = new StringBuilder("format=").append(format);
        append(query, "etat", state);
        append(query, "commune", commune);
        append(query, "domaine", field);
        append(query, "reunion", session);
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    /** More projects match than the list counts: the page invites to filter rather than to page through. */
    public boolean isCapped() {
        return page != null && page.getTotal() >= ProjectService.COUNT_CAP;
    }

    public ProjectState[] getStates() {
        return ProjectState.values();
    }

    public Field[] getFields() {
        return Field.values();
    }

    public List<Commune> getCommunes() {
        return communes;
    }

    public Page<Project> getPage() {
        return page;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getCommune() {
        return commune;
    }

    public void setCommune(String commune) {
        this.commune = commune;
    }

    /** The sessions of last year, this year and next, to find the projects on one's agenda. */
    public List<Session> getSessions() {
        return sessions;
    }

    public String getSession() {
        return session;
    }

    public void setSession(String session) {
        this.session = session;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public int getFirst() {
        return first;
    }

    public void setFirst(int first) {
        this.first = Math.max(0, first);
    }
}
