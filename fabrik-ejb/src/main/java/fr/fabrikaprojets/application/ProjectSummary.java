package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.project.ProjectState;
import java.io.Serializable;
import java.time.Instant;

/**
 * A project as a row of the projects list shows it, immutable so that one page of them serves every reader allowed
 * the same projects until the next change. A class with getters rather than a record, because Faces pages read bean
 * properties only.
 */
public final class ProjectSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String title;
    private final String holderName;
    private final String communeName;
    private final ProjectState state;
    private final Instant receivedAt;

    private ProjectSummary(Project project) {
        id = project.getId();
        title = project.getTitle();
        holderName = project.getHolder().getName();
        communeName = project.getCommune().getName();
        state = project.getState();
        receivedAt = project.getReceivedAt();
    }

    public static ProjectSummary of(Project project) {
        return new ProjectSummary(project);
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getHolderName() {
        return holderName;
    }

    public String getCommuneName() {
        return communeName;
    }

    public ProjectState getState() {
        return state;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
