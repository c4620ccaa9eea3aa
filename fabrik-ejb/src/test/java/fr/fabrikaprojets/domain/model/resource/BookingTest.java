package fr.fabrikaprojets.domain.model.resource;

import static fr.fabrikaprojets.domain.model.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fabrikaprojets.domain.model.Fixtures;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.project.ProjectState;
import fr.fabrikaprojets.domain.shared.BusinessException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BookingTest {

    private final Platform platform = Fixtures.platform();
    private final Resource room = new Resource(Fixtures.organisation(platform, "Centre social"),
            new ResourceDetails(ResourceKind.ROOM, "Salle", null, "62510", 30, true, null, null, null, null));
    private final Project project = Fixtures.project(platform, "Jardin", ProjectState.ACCOMPANIED);
    private final Instant ten = NOW.plus(Duration.ofDays(3));

    @Test
    void aRangeOverlapsAnotherOnlyWhenTheyShareTime() {
        Booking booking = new Booking(room, project, ten, ten.plus(Duration.ofHours(2)), null, "agent", NOW);
        assertTrue(booking.overlaps(ten.plus(Duration.ofHours(1)), ten.plus(Duration.ofHours(3))));
        assertTrue(booking.overlaps(ten.minus(Duration.ofHours(1)), ten.plus(Duration.ofMinutes(1))));
        assertFalse(booking.overlaps(ten.plus(Duration.ofHours(2)), ten.plus(Duration.ofHours(3))), "back to back");
        assertFalse(booking.overlaps(ten.minus(Duration.ofHours(1)), ten), "ends when the other starts");
    }

    @Test
    void datesMustBeInOrderInTheFutureAndLessThanAYear() {
        assertMessage("après son début", () -> new Booking(room, project, ten, ten, null, "agent", NOW));
        assertMessage("passées", () -> new Booking(room, project, NOW.minus(Duration.ofDays(3)),
                NOW.minus(Duration.ofDays(2)), null, "agent", NOW));
        assertMessage("un an", () -> new Booking(room, project, ten, ten.plus(Duration.ofDays(400)), null, "agent",
                NOW));
        assertMessage("Indiquez", () -> new Booking(room, project, null, ten, null, "agent", NOW));
    }

    @Test
    void aClosedProjectOrAWithdrawnResourceCannotBeBooked() {
        Project done = Fixtures.project(platform, "Fini", ProjectState.REALISED);
        assertMessage("clos", () -> new Booking(room, done, ten, ten.plus(Duration.ofHours(1)), null, "agent", NOW));
        room.withdraw();
        assertMessage("plus proposée", () -> new Booking(room, project, ten, ten.plus(Duration.ofHours(1)), null,
                "agent", NOW));
    }

    @Test
    void aRequestIsAnsweredOnceAndADeclineSaysWhy() {
        Booking booking = new Booking(room, project, ten, ten.plus(Duration.ofHours(1)), "Atelier", "agent", NOW);
        assertMessage("pourquoi", () -> booking.decline("partenaire", "  ", NOW));
        booking.accept("partenaire", NOW);
        assertEquals(BookingStatus.ACCEPTED, booking.getStatus());
        assertMessage("déjà reçu une réponse", () -> booking.decline("partenaire", "Travaux", NOW));
        booking.cancel("agent", NOW);
        assertEquals(BookingStatus.CANCELLED, booking.getStatus());
        assertMessage("déjà", () -> booking.cancel("agent", NOW));
    }

    @Test
    void onlyFundingIsNotExclusive() {
        assertTrue(ResourceKind.ROOM.isExclusive());
        assertTrue(ResourceKind.SKILL.isExclusive());
        assertFalse(ResourceKind.FUNDING.isExclusive());
    }

    @Test
    void aRoomSaysHowManyItHoldsAndWhereAndFundingKeepsItsOwnFieldsOnly() {
        assertMessage("combien", () -> new ResourceDetails(ResourceKind.ROOM, "Salle", null, "62510", null, false,
                null, null, null, null));
        assertMessage("commune", () -> new ResourceDetails(ResourceKind.ROOM, "Salle", null, null, 20, false, null,
                null, null, null));
        assertMessage("dépasse", () -> new ResourceDetails(ResourceKind.FUNDING, "Fonds", null, null, null, false,
                5000, 100, null, null));
        ResourceDetails van = new ResourceDetails(ResourceKind.EQUIPMENT, "Camion", null, null, 12, true, 10, 20,
                null, "tous");
        assertEquals(null, van.capacity());
        assertEquals(null, van.amountMin());
        assertFalse(van.wheelchairAccessible());
    }

    private static void assertMessage(String part, org.junit.jupiter.api.function.Executable call) {
        BusinessException refused = assertThrows(BusinessException.class, call);
        assertTrue(refused.getMessage().contains(part), refused.getMessage());
    }
}
