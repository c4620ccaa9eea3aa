package fr.fabrikaprojets.domain.model.session;

import static fr.fabrikaprojets.domain.model.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fabrikaprojets.domain.model.Fixtures;
import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.shared.BusinessException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Registrations within a session's capacity, the waiting list promoted in order, and who came. */
class SessionRollTest {

    private final Platform platform = Fixtures.platform();
    private final Session session = Fixtures.morning(platform, LocalDate.of(2027, 3, 26));
    private final SessionRoll roll = new SessionRoll(session, List.of());

    @Test
    void beyondTheCapacityPeopleWaitAndTheFirstWaitingTakesAFreedPlace() {
        session.changeCapacity(2);
        Registration anna = register("Anna", "anna@example.org");
        Registration bilal = register("Bilal", "bilal@example.org");
        Registration chloe = register("Chloé", "chloe@example.org");
        Registration dan = register("Dan", "dan@example.org");
        assertEquals(List.of(anna, bilal), roll.registered());
        assertEquals(List.of(chloe, dan), roll.waiting());
        assertEquals(0, roll.placesLeft());

        Optional<Registration> promoted = roll.cancel(bilal);
        assertEquals(Optional.of(chloe), promoted, "the first on the list, not the last");
        assertEquals(Registration.Status.REGISTERED, chloe.getStatus());
        assertEquals(List.of(dan), roll.waiting());
        assertEquals(Optional.empty(), roll.cancel(dan), "a waiting person leaving frees no place");
        assertThrows(BusinessException.class, () -> roll.cancel(dan));
    }

    @Test
    void aLargerRoomPromotesAsManyAsItTakes() {
        session.changeCapacity(1);
        register("Anna", "anna@example.org");
        Registration bilal = register("Bilal", "bilal@example.org");
        Registration chloe = register("Chloé", null);
        session.changeCapacity(5);
        assertEquals(List.of(bilal, chloe), roll.fill());
        assertEquals(2, roll.placesLeft());
    }

    @Test
    void anAddressRegistersOnceAndSomeWayToReachThePersonIsNeeded() {
        register("Anna", "anna@example.org");
        BusinessException twice = assertThrows(BusinessException.class, () -> register("Anna B.", "ANNA@example.org"));
        assertEquals("L’adresse anna@example.org est déjà inscrite à cette réunion.", twice.getMessage());
        assertThrows(BusinessException.class, () -> new Participant("Eve", " ", "", ParticipantKind.INHABITANT, null,
                "2026-11"));
        assertThrows(BusinessException.class, () -> new Participant("Eve", "eve@example.org", null,
                ParticipantKind.INHABITANT, null, null), "no consent, no registration");
        assertThrows(BusinessException.class, () -> new Participant("Eve", "pas-une-adresse", null,
                ParticipantKind.INHABITANT, null, "2026-11"));
    }

    @Test
    void aCancelledSessionTakesNoRegistration() {
        session.cancel("Salle indisponible");
        BusinessException closed = assertThrows(BusinessException.class, () -> register("Anna", "a@example.org"));
        assertEquals("Cette réunion est annulée : les inscriptions sont closes.", closed.getMessage());
    }

    @Test
    void attendanceTellsWhichPartnersWereRepresented() {
        Organisation caf = Fixtures.organisation(platform, "CAF");
        Organisation ccas = Fixtures.organisation(platform, "CCAS de Harnes");
        Fixtures.set(caf, "id", 1L);
        Fixtures.set(ccas, "id", 2L);
        Registration agent = roll.register(new Participant("Dominique", "d@example.org", null, ParticipantKind.STAFF,
                caf, "2026-11"), NOW);
        Registration social = roll.register(new Participant("Sam", "s@example.org", null,
                ParticipantKind.PARTNER_MEMBER, ccas, "2026-11"), NOW.plusSeconds(1));
        Fixtures.set(agent, "id", 10L);
        Fixtures.set(social, "id", 11L);
        roll.recordAttendance(Set.of(10L));
        assertEquals(Boolean.TRUE, agent.getAttended());
        assertEquals(Boolean.FALSE, social.getAttended());
        assertTrue(roll.represented(1L));
        assertFalse(roll.represented(2L), "registered but absent is not represented");
    }

    private Registration register(String name, String email) {
        return roll.register(new Participant(name, email, email == null ? "0321000000" : null,
                ParticipantKind.INHABITANT, null, "2026-11"), NOW.plusSeconds(roll.registered().size()
                + roll.waiting().size()));
    }
}
