package fr.fabrikaprojets.view.projets;

import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.application.ProjectFile;
import fr.fabrikaprojets.application.ProjectFileService;
import fr.fabrikaprojets.application.ProjectService;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.project.ProjectState;
import fr.fabrikaprojets.view.Feedback;
import fr.fabrikaprojets.web.PageParameters;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A project's page ({@code projets/projet.xhtml?id=42}): what it is, who carries it, its state and its timeline, and
 * in tabs of their own ({@link ProjectTab}) its presentations, advice, orientations, next steps, documents and
 * bookings. The tab shown is read once ({@link ProjectFileService}); the other backing beans of the page take their
 * part from {@link #getFile()}.
 */
@Named
@ViewScoped
public class ProjectBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int TIMELINE_PAGE_SIZE = 15;

    @EJB
    private ProjectService projects;

    @EJB
    private ProjectFileService files;

    private int timelineFirst;
    private ProjectFile file;
    private ProjectState target;
    private String reason;
    private String opened;
    private ProjectTab tab = ProjectTab.SUMMARY;
    private Long row;

    /**
     * Reads the page's address ({@code id}, {@code partie}, {@code saisir}, {@code ligne}, {@code historique}) and the
     * part of the project it shows, once, when the view is created. Read here rather than through {@code f:viewParam}
     * and {@code f:viewAction}: five view parameters took a GET through every phase of a postback (each converted,
     * validated and pushed to the bean), which cost as much as the page's three SQL statements (BENCHMARKS.md, run
     * 39). A malformed value counts as absent, as {@link PageParameters} reads it.
     */
    @PostConstruct
    void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<String, String> address = faces.getExternalContext().getRequestParameterMap();
        timelineFirst = PageParameters.offset(address.get("historique"));
        opened = ProjectTab.holding(address.get("saisir")) == null ? null : address.get("saisir");
        tab = ProjectTab.at(address.get("partie"));
        row = PageParameters.id(address.get("ligne"));
        Long parsed = PageParameters.id(address.get("id"));
        if (parsed != null) {
            Feedback.attempt(() -> file = files.read(parsed, getTab().getPart(), timelineFirst,
                    TIMELINE_PAGE_SIZE, ProjectTab.choicesOf(opened)));
        }
        if (file == null) {
            faces.getExternalContext().setResponseStatus(404);
        }
    }

    /** Where a form sends its user once done: the project's page at the tab {@code shown}, the form closed. */
    String reloadAt(ProjectTab shown) {
        return "/projets/projet.xhtml?faces-redirect=true&id=" + getProject().getId() + shown.getQuery();
    }

    public String changeState() {
        Project project = getProject();
        if (Feedback.attempt(() -> projects.changeState(project.getId(), project.getVersion(), target, reason))) {
            Feedback.info("project.stateChanged", Feedback.text("project.state." + target));
            return reloadAt(ProjectTab.SUMMARY);
        }
        return null;
    }

    public List<ProjectState> getNextStates() {
        return file == null ? List.of() : List.copyOf(file.getProject().getState().next());
    }

    public boolean isHasPreviousTimeline() {
        return file != null && file.getTimeline().isHasPrevious();
    }

    public boolean isHasNextTimeline() {
        return file != null && file.getTimeline().hasNext();
    }

    public int getPreviousTimelineFirst() {
        return Math.max(0, timelineFirst - TIMELINE_PAGE_SIZE);
    }

    public int getNextTimelineFirst() {
        return timelineFirst + TIMELINE_PAGE_SIZE;
    }

    /**
     * The one form the page shows open, the others being offered as links that open them: a page holding all of
     * them at once was long to go through, with the keyboard above all, and cost a third of the page's time to build.
     */
    public String getOpened() {
        return opened;
    }

    /** The tab shown: the one whose form is open, else the one asked for ({@code partie}), else the summary. */
    public ProjectTab getTab() {
        return opened == null ? tab : ProjectTab.holding(opened);
    }

    /**
     * Whether the follow-up form of row {@code rowId} is the one open: each orientation offers its form behind a link,
     * as the page's other forms do, instead of a form on every row, long to go through with the keyboard.
     */
    public boolean isRowOpen(long rowId) {
        return "suivi".equals(opened) && row != null && row == rowId;
    }

    public List<ProjectTab> getTabs() {
        return ProjectTab.ALL;
    }

    /** How many rows {@code shown} holds that the reader may read. */
    public int countOf(ProjectTab shown) {
        return file == null ? 0 : file.getCounts().of(shown.getPart());
    }

    /**
     * Whether a row of the page asks for confirmation before it removes or cancels (presentations, advice, documents
     * and bookings have such buttons): the confirmation dialog is built only then.
     */
    public boolean isAskingConfirmation() {
        return file != null && !(file.getPresentations().isEmpty() && file.getAdvice().isEmpty()
                && file.getDocuments().isEmpty() && file.getBookings().isEmpty());
    }

    public ProjectFile getFile() {
        return file;
    }

    public Project getProject() {
        return file == null ? null : file.getProject();
    }

    public Page<ProjectFile.TimelineEntry> getTimeline() {
        return file == null ? null : file.getTimeline();
    }

    public ProjectState getTarget() {
        return target;
    }

    public void setTarget(ProjectState target) {
        this.target = target;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
