package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The public REST API and iCalendar feed, over HTTP, on the demo data (the flyer's 2021 calendar). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionsApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEar();
    }

    private final Http http = new Http();

    @Test
    void theSessionsOf2021AreTheFlyersDates() {
        HttpResponse<String> response = http.get("/api/v1/sessions?year=2021", "application/json");
        assertEquals(200, response.statusCode());
        JsonObject body = Http.json(response);
        assertEquals(2021, body.getInt("year"));
        List<String> dates = body.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(session -> session.getString("date")).toList();
        assertEquals(List.of("2021-02-26", "2021-04-30", "2021-05-28", "2021-06-25", "2021-09-24", "2021-10-29",
                "2021-11-26", "2021-12-17"), dates);
        JsonObject february = body.getJsonArray("items").getJsonObject(0);
        assertEquals("2021-02-26T09:00+01:00", february.getString("startsAt"));
        assertEquals("Lieu à déterminer", february.getJsonObject("place").getString("label"));
        assertEquals("VIDEO", february.getString("mode"));
    }

    @Test
    void aMalformedYearIsAFrenchProblemDocument() {
        HttpResponse<String> response = http.get("/api/v1/sessions?year=deux-mille", "application/json");
        assertEquals(400, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = Http.json(response);
        assertEquals(400, problem.getInt("status"));
        assertTrue(problem.getString("detail").contains("« deux-mille » n'en est pas une"), problem.getString("detail"));
        assertFalse(response.body().contains("Exception"));
    }

    @Test
    void aYearOutOfRangeAndAnUnknownSessionAreRefusedWithoutAStackTrace() {
        HttpResponse<String> outOfRange = http.get("/api/v1/sessions?year=1850", "application/json");
        assertEquals(400, outOfRange.statusCode());
        assertTrue(Http.json(outOfRange).getString("detail").contains("entre 2000 et 2100"));

        HttpResponse<String> unknown = http.get("/api/v1/sessions/987654", "application/json");
        assertEquals(404, unknown.statusCode());
        assertEquals("La réunion n° 987654 n'existe pas ou a été retirée du calendrier.",
                Http.json(unknown).getString("detail"));

        HttpResponse<String> noSuchPath = http.get("/api/v1/nulle-part", "application/json");
        assertEquals(404, noSuchPath.statusCode());
        assertTrue(Http.json(noSuchPath).getString("detail").contains("n'existe pas"));
    }

    @Test
    void theICalendarFeedParsesAndDescribesEachSessionOnce() throws Exception {
        HttpResponse<String> response = http.get("/api/v1/sessions.ics", "text/calendar");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));

        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        calendar.validate();
        VTimeZone zone = calendar.getComponent("VTIMEZONE").map(VTimeZone.class::cast).orElseThrow();
        assertEquals("Europe/Paris", zone.getProperty(Property.TZID).orElseThrow().getValue());
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertFalse(events.isEmpty(), "the demo plans this year and next");
        assertEquals(events.size(), events.stream().map(event -> event.getUid().orElseThrow().getValue()).distinct()
                .count(), "one UID per session");
        VEvent first = events.get(0);
        assertEquals("Europe/Paris", first.getDateTimeStart().getParameter("TZID").orElseThrow().getValue());
        assertNotNull(first.getSequence());
        assertTrue(first.getLocation().getValue().length() > 0);
        assertEquals(http.get("/api/v1/sessions.ics", "text/calendar").body().replaceAll("DTSTAMP:.*", ""),
                response.body().replaceAll("DTSTAMP:.*", ""), "UIDs are stable between two reads");
    }
}
