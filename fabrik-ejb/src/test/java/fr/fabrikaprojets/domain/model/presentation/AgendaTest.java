package fr.fabrikaprojets.domain.model.presentation;

import static fr.fabrikaprojets.domain.model.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fabrikaprojets.domain.model.Fixtures;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.project.ProjectState;
import fr.fabrikaprojets.domain.model.session.Session;
import fr.fabrikaprojets.domain.shared.BusinessException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A session's agenda: presentations fitted inside 09:00–12:00, in the coordinator's order. */
class AgendaTest {

    private final Platform platform = Fixtures.platform();
    private final Session session = Fixtures.morning(platform, LocalDate.of(2027, 1, 29));

    @Test
    void presentationsFollowEachOtherFromTheStartOfTheSession() {
        Agenda agenda = new Agenda(session, List.of());
        book(agenda, "Jardin", 20);
        book(agenda, "Théâtre", 30);
        book(agenda, "Cuisine", 15);
        assertEquals(List.of(LocalTime.of(9, 0), LocalTime.of(9, 20), LocalTime.of(9, 50)), agenda.startTimes());
        assertEquals(180 - 65, agenda.minutesLeft());
    }

    @Test
    void anOverFullAgendaIsRefusedWithTheMinutesLeft() {
        Agenda agenda = new Agenda(session, List.of());
        for (int i = 0; i < 5; i++) {
            book(agenda, "Projet " + i, 30);
        }
        book(agenda, "Projet 5", 25);
        BusinessException full = assertThrows(BusinessException.class, () -> book(agenda, "Projet 6", 10));
        assertEquals("L’ordre du jour de cette réunion est complet : il reste 5 minutes entre 09:00 et 12:00, la "
                + "présentation en demande 10. Raccourcissez une présentation ou choisissez une autre réunion.",
                full.getMessage());
        assertEquals(6, agenda.presentations().size(), "nothing was added");
        book(agenda, "Projet 6", 5);
        assertEquals(0, agenda.minutesLeft());
    }

    @Test
    void aLongerSlotMustFitToo() {
        Agenda agenda = new Agenda(session, List.of());
        Presentation first = book(agenda, "Jardin", 90);
        book(agenda, "Théâtre", 60);
        assertThrows(BusinessException.class, () -> agenda.changeDuration(first, 91));
        agenda.changeDuration(first, 60);
        agenda.changeDuration(first, 90);
        assertEquals(30, agenda.minutesLeft());
        BusinessException tooLong = assertThrows(BusinessException.class, () -> agenda.changeDuration(first, 120));
        assertTrue(tooLong.getMessage().contains("de 5 à 90 minutes"), tooLong.getMessage());
    }

    @Test
    void theCoordinatorReordersAndTheTimesFollow() {
        Agenda agenda = new Agenda(session, List.of());
        Presentation jardin = book(agenda, "Jardin", 20);
        Presentation theatre = book(agenda, "Théâtre", 30);
        Presentation cuisine = book(agenda, "Cuisine", 10);
        ids(jardin, 1L, theatre, 2L, cuisine, 3L);
        agenda.reorder(List.of(3L, 1L, 2L));
        assertEquals(List.of(cuisine, jardin, theatre), agenda.presentations());
        assertEquals(List.of(LocalTime.of(9, 0), LocalTime.of(9, 10), LocalTime.of(9, 30)), agenda.startTimes());
        assertEquals(1, cuisine.getPosition());

        BusinessException stale = assertThrows(BusinessException.class, () -> agenda.reorder(List.of(1L, 2L)));
        assertTrue(stale.getMessage().contains("a changé"), stale.getMessage());
        assertEquals(List.of(cuisine, jardin, theatre), agenda.presentations(), "a refused order changes nothing");
    }

    @Test
    void aProjectIsOnceOnAnAgendaAndClosedSessionsOrProjectsAreRefused() {
        Agenda agenda = new Agenda(session, List.of());
        var project = Fixtures.project(platform, "Jardin", ProjectState.TO_PRESENT);
        agenda.book(project, 20, "animatrice", NOW);
        assertThrows(BusinessException.class, () -> agenda.book(project, 20, "animatrice", NOW));
        assertThrows(BusinessException.class, () -> agenda.book(
                Fixtures.project(platform, "Fini", ProjectState.ABANDONED), 20, "animatrice", NOW));
        session.cancel("Grève des transports");
        BusinessException cancelled = assertThrows(BusinessException.class, () -> book(agenda, "Autre", 20));
        assertEquals("Cette réunion est annulée : son ordre du jour ne change plus.", cancelled.getMessage());
    }

    @Test
    void removingAPresentationClosesTheGap() {
        Agenda agenda = new Agenda(session, List.of());
        Presentation jardin = book(agenda, "Jardin", 20);
        Presentation theatre = book(agenda, "Théâtre", 30);
        agenda.remove(jardin);
        assertEquals(1, theatre.getPosition());
        assertEquals(List.of(LocalTime.of(9, 0)), agenda.startTimes());
        theatre.writeMinutes("Avis favorables.");
        assertThrows(BusinessException.class, () -> agenda.remove(theatre), "minutes keep it on the agenda");
    }

    @Test
    void minutesGoToTheHolderWhoValidatesOrAsksForACorrection() {
        Agenda agenda = new Agenda(session, List.of());
        Presentation presentation = book(agenda, "Jardin", 20);
        assertThrows(BusinessException.class, () -> presentation.sendToHolder("h", NOW), "nothing written yet");
        presentation.writeMinutes("La CAF conseille un dossier d’appel à projets.");
        presentation.sendToHolder("h", NOW);
        assertEquals(MinutesStatus.TO_VALIDATE, presentation.getMinutesStatus());
        assertThrows(BusinessException.class, () -> presentation.askCorrection(" ", NOW));
        presentation.askCorrection("Ce n’est pas la CAF mais le Département.", NOW);
        assertEquals(MinutesStatus.CORRECTION_ASKED, presentation.getMinutesStatus());
        presentation.writeMinutes("Le Département conseille un dossier d’appel à projets.");
        presentation.sendToHolder("h2", NOW);
        presentation.validate(NOW);
        assertTrue(presentation.isMinutesShared());
        assertThrows(BusinessException.class, () -> presentation.writeMinutes("Autre chose"));
    }

    private Presentation book(Agenda agenda, String title, int minutes) {
        return agenda.book(Fixtures.project(platform, title, ProjectState.TO_PRESENT), minutes, "animatrice", NOW);
    }

    private static void ids(Object... presentationsAndIds) {
        List<Object> pairs = new ArrayList<>(List.of(presentationsAndIds));
        for (int i = 0; i < pairs.size(); i += 2) {
            Fixtures.set(pairs.get(i), "id", pairs.get(i + 1));
        }
    }
}
