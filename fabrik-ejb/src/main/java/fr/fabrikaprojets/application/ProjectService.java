package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.project.ProjectFilter;
import fr.fabrikaprojets.domain.model.project.ProjectState;
import fr.fabrikaprojets.domain.model.project.TimelineEvent;
import java.util.List;

/**
 * Ideas and projects: received through the public form or entered by the coordinator, then followed from state to
 * state; every step is on the project's timeline.
 */
public interface ProjectService {

    /**
     * The follow-up's inactive projects are counted up to this many; beyond, its heading shows this figure, because
     * counting 100,000 rows would cost more than showing twenty.
     */
    long COUNT_CAP = 1001;

    /** Rows of an export; a larger selection is narrowed with the list's filters. */
    int MAX_EXPORT = 10_000;

    /**
     * An idea sent through the public form. Refused with a French message when a field is missing or wrong, consent
     * is not given, or the sender's address has sent too many ideas lately.
     */
    Project submitIdea(String platformCode, IdeaSubmission submission);

    /**
     * An idea sent through the public form with a document (a PDF, a photo…); the document is checked first, and
     * nothing is kept when it is refused.
     */
    Project submitIdea(String platformCode, IdeaSubmission submission, Upload document);

    /** An idea the coordinator enters for someone who came by phone or in person. */
    Project registerOnBehalf(String platformCode, IdeaSubmission submission);

    /** Projects of the same commune with a similar title or the same holder, to be looked at before saving. */
    List<Project> similarProjects(String platformCode, IdeaSubmission submission);

    Project getProject(long projectId);

    /** A page of projects matching the filter, newest first; its total is counted as far as {@link Page#countCap}. */
    Page<Project> projects(ProjectFilter filter, int first, int size);

    /**
     * A page of the projects list as it shows it. Until the next recorded change commits (and a few minutes at most),
     * every reader allowed the same projects is answered with the same page, read once.
     */
    Page<ProjectSummary> projectsPage(ProjectFilter filter, int first, int size);

    /** The projects matching the filter, as the caller may see them, as a spreadsheet: at most {@link #MAX_EXPORT}. */
    byte[] export(ProjectFilter filter, ExportFormat format);

    /** Moves the project to another state, as the caller's role allows; closing moves need a reason. */
    Project changeState(long projectId, long version, ProjectState target, String reason);

    /** A page of the project's timeline, newest first. */
    Page<TimelineEvent> timeline(long projectId, int first, int size);
}
