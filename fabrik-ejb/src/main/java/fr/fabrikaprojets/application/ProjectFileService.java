package fr.fabrikaprojets.application;

import java.util.Set;

/**
 * The read side of a project's page, one part at a time: one call, a bounded number of statements whatever the
 * project's history.
 */
public interface ProjectFileService {

    /**
     * The project as the caller may see it, how many rows of each part they may read, and the rows of {@code part}:
     * for the summary, one page of its timeline ({@code timelineSize} events from {@code timelineFirst}, newest
     * first); for the coordination, the {@code choices} the part's open form offers. A project the caller may not
     * see is answered as one that does not exist.
     */
    ProjectFile read(long projectId, ProjectFile.Part part, int timelineFirst, int timelineSize,
            Set<ProjectFile.Choices> choices);
}
