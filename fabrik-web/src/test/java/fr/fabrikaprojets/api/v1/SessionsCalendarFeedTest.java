package fr.fabrikaprojets.api.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fabrikaprojets.domain.model.commune.Commune;
import fr.fabrikaprojets.domain.model.event.Audience;
import fr.fabrikaprojets.domain.model.event.Cycle;
import fr.fabrikaprojets.domain.model.event.EventDetails;
import fr.fabrikaprojets.domain.model.event.EventKind;
import fr.fabrikaprojets.domain.model.event.PublicEvent;
import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.model.organisation.OrganisationKind;
import fr.fabrikaprojets.domain.model.platform.CalendarRule;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.session.Place;
import fr.fabrikaprojets.domain.model.session.Session;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class SessionsCalendarFeedTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final Platform platform = new Platform(Platform.LENS_LIEVIN, "Lens-Liévin", PARIS,
            CalendarRule.lastFridayMorning());

    private Calendar render(List<Session> sessions) throws Exception {
        String text = SessionsCalendarFeed.render(sessions, "Fabrik", PARIS, session -> "https://fabrik.example/r",
                Instant.parse("2026-11-28T10:00:00Z"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        calendar.validate();
        return calendar;
    }

    private Session session(LocalDate date) {
        return new Session(platform, date, LocalTime.of(9, 0), LocalTime.of(12, 0));
    }

    @Test
    void aChangedSessionKeepsItsUidAndRaisesItsSequence() throws Exception {
        Session session = session(LocalDate.of(2027, 1, 29));
        VEvent before = (VEvent) render(List.of(session)).getComponents("VEVENT").get(0);
        session.moveTo(Place.at(new Commune("62510", "Liévin", "62800", 30000, 2023, platform), "Salle Arago", null));
        VEvent after = (VEvent) render(List.of(session)).getComponents("VEVENT").get(0);

        assertEquals(before.getUid().orElseThrow().getValue(), after.getUid().orElseThrow().getValue());
        assertEquals("0", before.getSequence().getValue());
        assertEquals("1", after.getSequence().getValue());
        assertEquals("Lieu à déterminer", before.getLocation().getValue());
        assertEquals("Salle Arago, 62800 Liévin", after.getLocation().getValue());
    }

    @Test
    void aCancelledSessionIsPublishedAsCancelled() throws Exception {
        Session session = session(LocalDate.of(2027, 2, 26));
        session.cancel("Alerte météo");
        VEvent event = (VEvent) render(List.of(session)).getComponents("VEVENT").get(0);
        assertEquals("CANCELLED", event.getStatus().getValue());
        assertTrue(event.getDescription().getValue().contains("Alerte météo"));
    }

    @Test
    void timesAreInParisWithTheirTimeZoneDefinition() throws Exception {
        Calendar calendar = render(List.of(session(LocalDate.of(2027, 6, 25))));
        VEvent event = (VEvent) calendar.getComponents("VEVENT").get(0);
        assertEquals("20270625T090000", event.getDateTimeStart().getValue());
        assertEquals("Europe/Paris", event.getDateTimeStart().getParameter("TZID").orElseThrow()
                .getValue());
        assertEquals(1, calendar.getComponents("VTIMEZONE").size());
    }

    @Test
    void aTempsFortsEventIsInTheFeedUnderItsOwnCategoryAndACancelledOneSaysSo() throws Exception {
        Cycle cycle = new Cycle(platform, "Le décrochage scolaire", "Trois soirées.",
                Set.of(new Organisation(platform, "CAF", "Caisse d’allocations familiales", OrganisationKind.INSTITUTION,
                        null)), Instant.parse("2026-11-01T10:00:00Z"));
        PublicEvent conference = new PublicEvent(cycle, new EventDetails(EventKind.CONFERENCE, "Parents et école",
                "Avec des enseignants.", LocalDate.of(2027, 3, 11), LocalTime.of(18, 0), LocalTime.of(20, 0),
                new Commune("62510", "Liévin", "62800", 30000, 2023, platform), "Médiathèque", null,
                "https://visio.example.org/fabrik", "Mme Lefebvre", 80, Audience.PUBLIC));
        String text = SessionsCalendarFeed.render(List.of(session(LocalDate.of(2027, 1, 29))), List.of(conference),
                "Fabrik", PARIS, session -> "https://fabrik.example/r", event -> "https://fabrik.example/e",
                Instant.parse("2026-11-28T10:00:00Z"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        calendar.validate();
        VEvent event = (VEvent) calendar.getComponents("VEVENT").get(1);
        assertEquals("Le décrochage scolaire — Parents et école", event.getSummary().getValue());
        assertEquals("Temps fort de la Fabrik à projets",
                event.getProperty(Property.CATEGORIES).orElseThrow().getValue());
        assertEquals("Médiathèque, 62800 Liévin (et en ligne)", event.getLocation().getValue());
        assertEquals("CONFIRMED", event.getStatus().getValue());

        conference.cancel();
        VEvent cancelled = (VEvent) new CalendarBuilder().build(new StringReader(SessionsCalendarFeed.render(
                List.of(), List.of(conference), "Fabrik", PARIS, session -> "", e -> "https://fabrik.example/e",
                Instant.parse("2026-11-28T10:00:00Z")))).getComponents("VEVENT").get(0);
        assertEquals("CANCELLED", cancelled.getStatus().getValue());
        assertEquals("1", cancelled.getSequence().getValue(), "calendar clients update the event they know");
    }
}
