package fr.fabrikaprojets.domain.model.orientation;

import static fr.fabrikaprojets.domain.model.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fabrikaprojets.domain.model.Fixtures;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.project.ProjectState;
import fr.fabrikaprojets.domain.shared.BusinessException;
import fr.fabrikaprojets.domain.shared.ReminderSchedule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The orientation's states: every move between two states is allowed exactly as the issue lists them. */
class OrientationTest {

    private static final List<String> ALLOWED = List.of(
            "PROPOSED>ACCEPTED", "PROPOSED>REFUSED", "PROPOSED>UNREACHABLE",
            "ACCEPTED>HELP_OBTAINED", "ACCEPTED>NO_FOLLOW_UP", "ACCEPTED>UNREACHABLE");

    static Stream<Arguments> everyMove() {
        List<Arguments> moves = new ArrayList<>();
        for (OrientationState from : OrientationState.values()) {
            for (OrientationState to : OrientationState.values()) {
                moves.add(Arguments.of(from, to, ALLOWED.contains(from + ">" + to)));
            }
        }
        return moves.stream();
    }

    @ParameterizedTest(name = "{0} → {1} : {2}")
    @MethodSource("everyMove")
    void aMoveIsAllowedExactlyAsTheIssueSays(OrientationState from, OrientationState to, boolean allowed) {
        Orientation orientation = orientationIn(from);
        if (allowed) {
            String change = orientation.moveTo(to, "Parce que", NOW.plusSeconds(60));
            assertEquals(to, orientation.getState());
            assertTrue(change.contains(from.label() + " → " + to.label()), change);
            assertEquals(NOW.plusSeconds(60), orientation.getLastMovedAt());
        } else {
            assertThrows(BusinessException.class, () -> orientation.moveTo(to, "Parce que", NOW));
            assertEquals(from, orientation.getState(), "a refused move changes nothing");
        }
    }

    @Test
    void aRefusalSaysWhy() {
        Orientation orientation = orientationIn(OrientationState.PROPOSED);
        BusinessException refused = assertThrows(BusinessException.class,
                () -> orientation.moveTo(OrientationState.REFUSED, " ", NOW));
        assertEquals("Indiquez pourquoi l’orientation est refusée.", refused.getMessage());
        assertEquals(OrientationState.PROPOSED, orientation.getState());
        orientation.moveTo(OrientationState.REFUSED, "Hors de notre champ d’action", NOW);
        assertEquals("Hors de notre champ d’action", orientation.getStateReason());
    }

    @Test
    void aNeedIsRequiredAndAClosedProjectIsNotOriented() {
        Platform platform = Fixtures.platform();
        assertThrows(BusinessException.class, () -> new Orientation(
                Fixtures.project(platform, "Jardin", ProjectState.PRESENTED), Fixtures.organisation(platform, "CAF"),
                null, "  ", "animatrice", NOW));
        BusinessException closed = assertThrows(BusinessException.class, () -> new Orientation(
                Fixtures.project(platform, "Jardin", ProjectState.REALISED), Fixtures.organisation(platform, "CAF"),
                null, "Locaux", "animatrice", NOW));
        assertTrue(closed.getMessage().contains("réalisée"), closed.getMessage());
    }

    @Test
    void remindersFollowTheScheduleFromTheLastMoveAndStopWhenItMoves() {
        ReminderSchedule schedule = new ReminderSchedule(List.of(9, 21, 45));
        Orientation orientation = orientationIn(OrientationState.PROPOSED);
        assertFalse(orientation.reminderDue(schedule, NOW.plus(Duration.ofDays(8))));
        assertTrue(orientation.reminderDue(schedule, NOW.plus(Duration.ofDays(9))));
        orientation.reminderSent();
        assertFalse(orientation.reminderDue(schedule, NOW.plus(Duration.ofDays(20))), "the second waits for day 21");
        assertTrue(orientation.reminderDue(schedule, NOW.plus(Duration.ofDays(21))));
        orientation.reminderSent();
        orientation.reminderSent();
        assertFalse(orientation.reminderDue(schedule, NOW.plus(Duration.ofDays(400))), "three reminders, no more");

        orientation.moveTo(OrientationState.ACCEPTED, null, NOW.plus(Duration.ofDays(50)));
        assertEquals(0, orientation.getRemindersSent());
        assertTrue(orientation.reminderDue(schedule, NOW.plus(Duration.ofDays(59))), "an accepted one is followed too");
        orientation.moveTo(OrientationState.HELP_OBTAINED, null, NOW.plus(Duration.ofDays(60)));
        assertFalse(orientation.reminderDue(schedule, NOW.plus(Duration.ofDays(200))), "an outcome is not reminded");
    }

    @Test
    void theHolderAnswersOnceWhetherItWasUseful() {
        Orientation orientation = orientationIn(OrientationState.HELP_OBTAINED);
        orientation.askUsefulness("hash");
        orientation.answerUsefulness(Usefulness.USEFUL);
        assertEquals(Usefulness.USEFUL, orientation.getUsefulness());
        assertThrows(BusinessException.class, () -> orientation.answerUsefulness(Usefulness.NOT_USEFUL));
        assertEquals(Usefulness.USEFUL, orientation.getUsefulness());
    }

    private static Orientation orientationIn(OrientationState state) {
        Platform platform = Fixtures.platform();
        Orientation orientation = new Orientation(Fixtures.project(platform, "Jardin", ProjectState.PRESENTED),
                Fixtures.organisation(platform, "Centre social"), null, "Des locaux pour l’hiver", "animatrice", NOW);
        Fixtures.set(orientation, "state", state);
        return orientation;
    }
}
