package fr.fabrikaprojets.api.v1;

import fr.fabrikaprojets.domain.model.event.PublicEvent;
import fr.fabrikaprojets.domain.model.session.Place;
import fr.fabrikaprojets.domain.model.session.Session;
import fr.fabrikaprojets.domain.model.session.SessionMode;
import fr.fabrikaprojets.domain.model.session.SessionStatus;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * Writes a platform's sessions as an RFC 5545 calendar that calendar clients can subscribe to: one VEVENT per
 * session with its stable UID and growing SEQUENCE, STATUS:CANCELLED for a cancelled one, times in the platform's
 * zone with the matching VTIMEZONE.
 */
public final class SessionsCalendarFeed {

    public static final String MEDIA_TYPE = "text/calendar";
    static final String CATEGORY = "Réunion de la Fabrik à projets";
    static final String EVENT_CATEGORY = "Temps fort de la Fabrik à projets";

    private SessionsCalendarFeed() {
    }

    /**
     * @param sessions the sessions, all of one platform
     * @param calendarName the name shown by calendar clients
     * @param pageUrl the web page of a session
     * @param now the DTSTAMP of this rendering
     */
    public static String render(List<Session> sessions, String calendarName, ZoneId zone,
            Function<Session, String> pageUrl, Instant now) {
        return render(sessions, List.of(), calendarName, zone, pageUrl, event -> "", now);
    }

    /** As above, with the temps forts' public events, in their own category. */
    public static String render(List<Session> sessions, List<PublicEvent> events, String calendarName, ZoneId zone,
            Function<Session, String> pageUrl, Function<PublicEvent, String> eventUrl, Instant now) {
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        Calendar calendar = new Calendar().withProdId("-//La Fabrik a projets//Fabrik 1.0//FR").withDefaults()
                .withProperty(new Method(Method.VALUE_PUBLISH))
                .withProperty(new XProperty("X-WR-CALNAME", calendarName))
                .withProperty(new XProperty("X-WR-TIMEZONE", zone.getId()))
                .withProperty(new XProperty("X-PUBLISHED-TTL", "PT12H"))
                .withComponent(registry.getTimeZone(zone.getId()).getVTimeZone())
                .getFluentTarget();
        for (Session session : sessions) {
            calendar.add(event(session, pageUrl.apply(session), now));
        }
        for (PublicEvent event : events) {
            calendar.add(event(event, eventUrl.apply(event), now));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static VEvent event(Session session, String pageUrl, Instant now) {
        VEvent event = new VEvent(session.startsAt(), session.endsAt(), summary(session));
        event.add(new Uid(session.getUid()));
        event.add(new Sequence(session.getSequence()));
        event.add(new Location(location(session)));
        event.add(new Categories(CATEGORY));
        event.add(new Description(description(session)));
        event.add(new Url(java.net.URI.create(pageUrl)));
        event.add(session.getStatus() == SessionStatus.CANCELLED ? new Status(Status.VALUE_CANCELLED)
                : session.getStatus() == SessionStatus.PLANNED ? new Status(Status.VALUE_TENTATIVE)
                : new Status(Status.VALUE_CONFIRMED));
        event.getProperties().stream().filter(property -> property instanceof DtStamp).findFirst()
                .ifPresent(event::remove);
        event.add(new DtStamp(now));
        return event;
    }

    private static VEvent event(PublicEvent planned, String pageUrl, Instant now) {
        String title = planned.getCycle().getTitle() + " — " + planned.getTitle();
        VEvent event = new VEvent(planned.startsAt(), planned.endsAt(),
                planned.isCancelled() ? "ANNULÉ : " + title : title);
        event.add(new Uid(planned.getUid()));
        event.add(new Sequence(planned.getSequence()));
        String place = planned.getPlace().isDecided() ? planned.getPlace().describe() : "";
        event.add(new Location(planned.isOnline() ? (place.isEmpty() ? "En ligne" : place + " (et en ligne)")
                : place));
        event.add(new Categories(EVENT_CATEGORY));
        event.add(new Description(planned.getDescription() == null ? planned.getTitle()
                : planned.getDescription()));
        event.add(new Url(java.net.URI.create(pageUrl)));
        event.add(planned.isCancelled() ? new Status(Status.VALUE_CANCELLED) : new Status(Status.VALUE_CONFIRMED));
        event.getProperties().stream().filter(property -> property instanceof DtStamp).findFirst()
                .ifPresent(event::remove);
        event.add(new DtStamp(now));
        return event;
    }

    private static String summary(Session session) {
        String title = "Fabrik à projets — réunion mensuelle";
        return session.getStatus() == SessionStatus.CANCELLED ? "ANNULÉE : " + title : title;
    }

    private static String location(Session session) {
        Place place = session.getPlace();
        if (session.getMode() == SessionMode.VIDEO) {
            return "Visioconférence";
        }
        return place.describe() + (session.getMode() == SessionMode.HYBRID ? " (et en visioconférence)" : "");
    }

    private static String description(Session session) {
        StringBuilder text = new StringBuilder("Réunion mensuelle de la plateforme de soutien aux initiatives de "
                + "développement social. Mode : " + session.getMode().label() + ".");
        if (session.getVideoLink() != null) {
            text.append(" Lien de visioconférence : ").append(session.getVideoLink());
        }
        if (session.getStatus() == SessionStatus.CANCELLED) {
            text.append(" Réunion annulée : ").append(session.getCancellationReason());
        }
        return text.toString();
    }
}
