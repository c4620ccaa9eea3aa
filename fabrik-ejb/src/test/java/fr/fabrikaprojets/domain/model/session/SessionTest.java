package fr.fabrikaprojets.domain.model.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fabrikaprojets.domain.model.commune.Commune;
import fr.fabrikaprojets.domain.model.platform.CalendarRule;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.shared.BusinessException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SessionTest {

    private final Platform platform = new Platform(Platform.LENS_LIEVIN, "Lens-Liévin", ZoneId.of("Europe/Paris"),
            CalendarRule.lastFridayMorning());
    private final Commune lievin = new Commune("62510", "Liévin", "62800", 30000, 2023, platform);

    private Session planned() {
        return new Session(platform, LocalDate.of(2021, 2, 26), LocalTime.of(9, 0), LocalTime.of(12, 0));
    }

    @Test
    void aNewSessionHasItsPlaceToBeDecided() {
        Session session = planned();
        assertEquals("Lieu à déterminer", session.getPlace().describe());
        assertEquals(SessionStatus.PLANNED, session.getStatus());
        assertEquals(0, session.getSequence());
    }

    @Test
    void everyChangeRaisesTheSequenceAndSaysWhatChanged() {
        Session session = planned();
        String change = session.moveTo(Place.at(lievin, "Centre social Dumas", "3 rue de la Paix"));
        assertEquals("Lieu : Lieu à déterminer → Centre social Dumas, 3 rue de la Paix, 62800 Liévin.", change);
        assertEquals(1, session.getSequence());
        session.switchMode(SessionMode.VIDEO, "https://visio.example.org/fabrik");
        assertEquals(2, session.getSequence());
        assertNull(session.switchMode(SessionMode.VIDEO, "https://visio.example.org/fabrik"), "nothing changed");
        assertEquals(2, session.getSequence());
    }

    @Test
    void parisTimesCarryTheWinterAndSummerOffsets() {
        assertEquals("2021-02-26T09:00+01:00", planned().startsAt().toOffsetDateTime().toString());
        Session june = new Session(platform, LocalDate.of(2021, 6, 25), LocalTime.of(9, 0), LocalTime.of(12, 0));
        assertEquals("2021-06-25T12:00+02:00", june.endsAt().toOffsetDateTime().toString());
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        Session session = planned();
        BusinessException refused = assertThrows(BusinessException.class,
                () -> session.reschedule(session.getDate(), LocalTime.of(12, 0), LocalTime.of(9, 0)));
        assertTrue(refused.getMessage().contains("après l'heure de début"));
        assertEquals(LocalTime.of(9, 0), session.getStartTime());
    }

    @Test
    void videoNeedsAnHttpsLink() {
        Session session = planned();
        assertThrows(BusinessException.class, () -> session.switchMode(SessionMode.VIDEO, null));
        assertThrows(BusinessException.class, () -> session.switchMode(SessionMode.HYBRID, "javascript:alert(1)"));
        assertThrows(BusinessException.class, () -> session.switchMode(SessionMode.VIDEO, "http://visio.example.org"));
        assertEquals(SessionMode.ON_SITE, session.getMode());
    }

    @Test
    void aCancelledSessionNeedsAReasonAndIsThenClosed() {
        Session session = planned();
        assertThrows(BusinessException.class, () -> session.cancel("  "));
        session.cancel("Alerte météo");
        assertEquals(SessionStatus.CANCELLED, session.getStatus());
        assertEquals("Alerte météo", session.getCancellationReason());
        assertThrows(BusinessException.class, session::confirm);
        assertThrows(BusinessException.class, () -> session.moveTo(Place.at(lievin, null, null)));
    }

    @Test
    void aSessionCannotBeHeldBeforeItsDay() {
        Session session = planned();
        assertThrows(BusinessException.class, () -> session.markHeld(LocalDate.of(2021, 2, 25)));
        session.markHeld(LocalDate.of(2021, 2, 26));
        assertEquals(SessionStatus.HELD, session.getStatus());
    }
}
