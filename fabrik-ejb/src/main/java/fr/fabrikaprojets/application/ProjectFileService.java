package fr.fabrikaprojets.application;

import java.util.Set;

/** The read side of a project's page: one call, a bounded number of statements whatever the project's history. */
public interface ProjectFileService {

    /**
     * The project as the caller may see it, with one page of its timeline ({@code timelineSize} events from
     * {@code timelineFirst}, newest first), and, for the coordination, the {@code choices} its open form offers. A
     * project the caller may not see is answered as one that does not exist.
     */
    ProjectFile read(long projectId, int timelineFirst, int timelineSize, Set<ProjectFile.Choices> choices);
}
