package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.project.Action;
import fr.fabrikaprojets.domain.model.project.Project;
import java.time.LocalDate;
import java.util.List;

/**
 * Following projects between sessions: their next steps (actions with an owner and a due date), the overdue ones,
 * and the projects where nothing has happened for a while (system property {@code fabrik.inactivity.days}, 60 by
 * default).
 */
public interface FollowUpService {

    int DEFAULT_INACTIVITY_DAYS = 60;

    Action addAction(long projectId, String description, String owner, LocalDate dueDate);

    /** Marks an open action done or cancelled. */
    Action closeAction(long actionId, long version, Action.Status outcome);

    /** A project's actions, open ones first, by due date. */
    List<Action> actions(long projectId);

    /** Open actions past their due date, the oldest first. */
    Page<Action> overdueActions(String platformCode, int first, int size);

    /** Open projects with nothing on their timeline for {@link #inactivityDays()} days, the longest silent first. */
    Page<Project> inactiveProjects(String platformCode, int first, int size);

    int inactivityDays();
}
