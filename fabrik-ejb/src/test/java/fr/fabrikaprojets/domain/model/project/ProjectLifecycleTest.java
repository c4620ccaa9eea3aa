package fr.fabrikaprojets.domain.model.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fabrikaprojets.domain.model.commune.Commune;
import fr.fabrikaprojets.domain.model.platform.CalendarRule;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.shared.BusinessException;
import fr.fabrikaprojets.domain.shared.Roles;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every move between two states, for every role: allowed exactly where the lifecycle says so. */
class ProjectLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
    private static final List<String> ROLES = List.of(Roles.COORDINATOR, Roles.STAFF, Roles.PARTNER, Roles.ADMIN);

    /** The lifecycle as the issue states it: from → to, and who may. */
    private static final List<String> ALLOWED = List.of(
            "RECEIVED>TO_PRESENT:coordinator,admin",
            "RECEIVED>ABANDONED:coordinator,admin",
            "RECEIVED>REORIENTED:coordinator,admin",
            "TO_PRESENT>PRESENTED:coordinator,admin",
            "TO_PRESENT>PAUSED:coordinator,admin",
            "TO_PRESENT>ABANDONED:coordinator,admin",
            "TO_PRESENT>REORIENTED:coordinator,admin",
            "PRESENTED>ACCOMPANIED:coordinator,admin",
            "PRESENTED>PAUSED:coordinator,admin",
            "PRESENTED>ABANDONED:coordinator,admin",
            "PRESENTED>REORIENTED:coordinator,admin",
            "ACCOMPANIED>REALISED:coordinator,staff,admin",
            "ACCOMPANIED>PAUSED:coordinator,staff,admin",
            "ACCOMPANIED>ABANDONED:coordinator,admin",
            "ACCOMPANIED>REORIENTED:coordinator,admin",
            "PAUSED>TO_PRESENT:coordinator,admin",
            "PAUSED>ACCOMPANIED:coordinator,staff,admin",
            "PAUSED>ABANDONED:coordinator,admin",
            "PAUSED>REORIENTED:coordinator,admin");

    static Stream<Arguments> everyMoveForEveryRole() {
        List<Arguments> moves = new ArrayList<>();
        for (ProjectState from : ProjectState.values()) {
            for (ProjectState to : ProjectState.values()) {
                for (String role : ROLES) {
                    boolean allowed = ALLOWED.stream().anyMatch(rule -> rule.startsWith(from + ">" + to + ":")
                            && List.of(rule.substring(rule.indexOf(':') + 1).split(",")).contains(role));
                    moves.add(Arguments.of(from, to, role, allowed));
                }
            }
        }
        return moves.stream();
    }

    @ParameterizedTest(name = "{0} → {1} par {2} : {3}")
    @MethodSource("everyMoveForEveryRole")
    void aMoveIsAllowedExactlyAsTheLifecycleSays(ProjectState from, ProjectState to, String role, boolean allowed)
            throws Exception {
        Project project = projectIn(from);
        if (allowed) {
            String change = project.moveTo(to, "Parce que", Set.of(role), NOW);
            assertEquals(to, project.getState());
            assertTrue(change.contains(to.label()), change);
        } else {
            assertThrows(BusinessException.class, () -> project.moveTo(to, "Parce que", Set.of(role), NOW));
            assertEquals(from, project.getState(), "a refused move changes nothing");
        }
    }

    @Test
    void closingADoorNeedsAReason() throws Exception {
        for (ProjectState target : List.of(ProjectState.ABANDONED, ProjectState.REORIENTED, ProjectState.PAUSED)) {
            Project project = projectIn(ProjectState.PRESENTED);
            BusinessException refused = assertThrows(BusinessException.class,
                    () -> project.moveTo(target, "  ", Set.of(Roles.COORDINATOR), NOW));
            assertTrue(refused.getMessage().startsWith("Indiquez pourquoi"), refused.getMessage());
            assertEquals(ProjectState.PRESENTED, project.getState());
        }
    }

    @Test
    void realisedAbandonedAndReorientedProjectsAreClosed() {
        assertTrue(ProjectState.REALISED.isClosed());
        assertTrue(ProjectState.ABANDONED.isClosed());
        assertTrue(ProjectState.REORIENTED.isClosed());
        assertTrue(ProjectState.RECEIVED.next().contains(ProjectState.TO_PRESENT));
    }

    @Test
    void theMilestonesTheFundersCountAreTheFirstPresentationTheFirstAccompanimentAndTheClosing() throws Exception {
        Project project = projectIn(ProjectState.TO_PRESENT);
        Set<String> coordinator = Set.of(Roles.COORDINATOR);
        project.moveTo(ProjectState.PRESENTED, null, coordinator, NOW);
        project.moveTo(ProjectState.ACCOMPANIED, null, coordinator, NOW.plusSeconds(3600));
        project.moveTo(ProjectState.PAUSED, "Le local manque", coordinator, NOW.plusSeconds(7200));
        project.moveTo(ProjectState.TO_PRESENT, null, coordinator, NOW.plusSeconds(10_800));
        project.moveTo(ProjectState.PRESENTED, null, coordinator, NOW.plusSeconds(14_400));
        project.moveTo(ProjectState.ACCOMPANIED, null, coordinator, NOW.plusSeconds(18_000));
        assertEquals(NOW, project.getPresentedAt(), "a second presentation keeps the first date");
        assertEquals(NOW.plusSeconds(3600), project.getAccompaniedAt());
        assertNull(project.getClosedAt());
        project.moveTo(ProjectState.REALISED, null, coordinator, NOW.plusSeconds(21_600));
        assertEquals(NOW.plusSeconds(21_600), project.getClosedAt());
    }

    private static Project projectIn(ProjectState state) throws Exception {
        Platform platform = new Platform(Platform.LENS_LIEVIN, "Lens-Liévin", ZoneId.of("Europe/Paris"),
                CalendarRule.lastFridayMorning());
        Project project = new Project(platform,
                new ProjectHolder(HolderKind.INHABITANTS, "Mme Martin", null, "m@example.org", null, NOW, "2026-11"),
                new ProjectDescription("Jardin partagé", "Un jardin", "Pour le quartier", Set.of(Field.ENVIRONMENT),
                        Set.of(Need.PREMISES), null, null),
                new Commune("62510", "Liévin", "62800", 30000, 2023, platform), IntakeChannel.PUBLIC_FORM, null,
                "127.0.0.1", NOW);
        java.lang.reflect.Field field = Project.class.getDeclaredField("state");
        field.setAccessible(true);
        field.set(project, state);
        return project;
    }
}
