package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fabrikaprojets.application.IdeaSubmission;
import fr.fabrikaprojets.application.OrientationService;
import fr.fabrikaprojets.application.ProjectService;
import fr.fabrikaprojets.application.ReferenceDataService;
import fr.fabrikaprojets.domain.model.orientation.Orientation;
import fr.fabrikaprojets.domain.model.orientation.OrientationState;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.project.HolderKind;
import fr.fabrikaprojets.domain.model.project.Need;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.project.ProjectState;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The two state machines through the services, inside WildFly, committed to the database: every move of a project
 * between any two states as the coordinator and as staff, and every move of an orientation between any two states;
 * each allowed exactly where the lifecycle says, a refused one leaving the row as it was.
 */
@ExtendWith(ArquillianExtension.class)
class LifecycleIT {

    /** How to bring a new project to each state, as the coordinator. */
    private static final Map<ProjectState, List<ProjectState>> PROJECT_PATHS = Map.of(
            ProjectState.RECEIVED, List.of(),
            ProjectState.TO_PRESENT, List.of(ProjectState.TO_PRESENT),
            ProjectState.PRESENTED, List.of(ProjectState.TO_PRESENT, ProjectState.PRESENTED),
            ProjectState.ACCOMPANIED, List.of(ProjectState.TO_PRESENT, ProjectState.PRESENTED,
                    ProjectState.ACCOMPANIED),
            ProjectState.PAUSED, List.of(ProjectState.TO_PRESENT, ProjectState.PAUSED),
            ProjectState.REALISED, List.of(ProjectState.TO_PRESENT, ProjectState.PRESENTED, ProjectState.ACCOMPANIED,
                    ProjectState.REALISED),
            ProjectState.ABANDONED, List.of(ProjectState.ABANDONED),
            ProjectState.REORIENTED, List.of(ProjectState.REORIENTED));

    private static final Map<OrientationState, List<OrientationState>> ORIENTATION_PATHS = Map.of(
            OrientationState.PROPOSED, List.of(),
            OrientationState.ACCEPTED, List.of(OrientationState.ACCEPTED),
            OrientationState.REFUSED, List.of(OrientationState.REFUSED),
            OrientationState.UNREACHABLE, List.of(OrientationState.UNREACHABLE),
            OrientationState.HELP_OBTAINED, List.of(OrientationState.ACCEPTED, OrientationState.HELP_OBTAINED),
            OrientationState.NO_FOLLOW_UP, List.of(OrientationState.ACCEPTED, OrientationState.NO_FOLLOW_UP));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEarTesting(LifecycleIT.class, AsCoordinator.class, AsStaff.class);
    }

    @Inject
    ProjectService projects;

    @Inject
    OrientationService orientations;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    AsCoordinator coordinator;

    @Inject
    AsStaff staff;

    @Test
    void everyProjectMoveIsAllowedOrRefusedAsTheLifecycleSays() {
        List<String> mismatches = new ArrayList<>();
        Map<String, Function<Supplier<Project>, Project>> roles = Map.of(
                "coordinator", coordinator::call, "staff", staff::call);
        for (ProjectState from : ProjectState.values()) {
            for (ProjectState to : ProjectState.values()) {
                for (Map.Entry<String, Function<Supplier<Project>, Project>> role : roles.entrySet()) {
                    Project project = projectIn(from);
                    boolean expected = from.canGo(to) && from.rolesFor(to).contains(role.getKey());
                    boolean moved = attempt(() -> role.getValue().apply(() -> projects.changeState(project.getId(),
                            project.getVersion(), to, "Parce que")));
                    ProjectState now = coordinator.call(() -> projects.getProject(project.getId())).getState();
                    if (moved != expected || now != (expected ? to : from)) {
                        mismatches.add(from + " → " + to + " par " + role.getKey() + " : " + (moved ? "fait" : "refusé")
                                + ", état " + now);
                    }
                }
            }
        }
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
    }

    @Test
    void everyOrientationMoveIsAllowedOrRefusedAsTheLifecycleSays() {
        long partner = referenceData.signatoryPartners(Platform.LENS_LIEVIN, 0, 100).get(0).getId();
        long projectId = newProject().getId();
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (OrientationState from : OrientationState.values()) {
            for (OrientationState to : OrientationState.values()) {
                Orientation orientation = coordinator.call(() -> orientations.orient(projectId, partner, null,
                        "Un local"));
                for (OrientationState step : ORIENTATION_PATHS.get(from)) {
                    Orientation current = latest(projectId, orientation.getId());
                    coordinator.call(() -> orientations.move(current.getId(), current.getVersion(), step, "Parce que"));
                }
                Orientation before = latest(projectId, orientation.getId());
                boolean moved = attempt(() -> coordinator.call(() -> orientations.move(before.getId(),
                        before.getVersion(), to, "Parce que")));
                OrientationState now = latest(projectId, orientation.getId()).getState();
                if (moved != from.canGo(to) || now != (from.canGo(to) ? to : from)) {
                    mismatches.add(from + " → " + to + " : " + (moved ? "fait" : "refusé") + ", état " + now);
                }
                checked++;
            }
        }
        assertEquals(36, checked);
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
    }

    private Orientation latest(long projectId, long orientationId) {
        return coordinator.call(() -> orientations.ofProject(projectId)).stream()
                .filter(o -> o.getId() == orientationId).findFirst().orElseThrow();
    }

    private Project projectIn(ProjectState state) {
        Project project = newProject();
        for (ProjectState step : PROJECT_PATHS.get(state)) {
            Project current = coordinator.call(() -> projects.getProject(project.getId()));
            coordinator.call(() -> projects.changeState(current.getId(), current.getVersion(), step, "Parce que"));
        }
        return coordinator.call(() -> projects.getProject(project.getId()));
    }

    private Project newProject() {
        return coordinator.call(() -> projects.registerOnBehalf(Platform.LENS_LIEVIN, new IdeaSubmission(
                HolderKind.INHABITANTS, "M. " + UUID.randomUUID().toString().substring(0, 8), null, null,
                "03 21 99 88 77", "Boîte à livres", "Une boîte à livres.", "Pour le quartier.", Set.of(Field.CULTURE),
                "62413", null, null, Set.of(Need.EQUIPMENT), true)));
    }

    private static boolean attempt(Runnable move) {
        try {
            move.run();
            return true;
        } catch (BusinessException | EJBAccessException refused) {
            return false;
        }
    }
}
