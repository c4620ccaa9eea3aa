package fr.fabrikaprojets.api.v1;

import fr.fabrikaprojets.application.SessionCalendarService;
import fr.fabrikaprojets.application.TempsFortsService;
import fr.fabrikaprojets.domain.model.event.PublicEvent;
import fr.fabrikaprojets.domain.model.session.Session;
import fr.fabrikaprojets.domain.shared.BusinessException;
import fr.fabrikaprojets.web.PageParameters;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The public calendar of the monthly sessions.
 * <ul>
 * <li>{@code GET /api/v1/sessions?year=2021}: a year's sessions as JSON (current year when absent);</li>
 * <li>{@code GET /api/v1/sessions/{id}}: one session;</li>
 * <li>{@code GET /api/v1/sessions.ics}: the iCalendar feed, from a year back to two years ahead.</li>
 * </ul>
 */
@Path("v1")
@RequestScoped
public class SessionsResource {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @EJB
    private SessionCalendarService calendar;

    @EJB
    private TempsFortsService tempsForts;

    @Context
    private UriInfo uriInfo;

    @GET
    @Path("sessions")
    @Produces(MediaType.APPLICATION_JSON)
    public SessionList sessionsOfYear(
            @Parameter(description = ApiParameters.PLATFORM) @QueryParam("platform") String platform,
            @QueryParam("year") String year) {
        int parsedYear = parseYear(year);
        List<SessionRepresentation> items = calendar.sessionsOfYear(ApiParameters.platform(platform), parsedYear)
                .stream().map(session -> SessionRepresentation.of(session, base())).toList();
        return new SessionList(parsedYear, items.size(), items);
    }

    @GET
    @Path("sessions/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public SessionRepresentation session(@PathParam("id") String id) {
        long parsedId;
        try {
            parsedId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw BusinessException.notFound("« " + id + " » n'est pas un numéro de réunion.");
        }
        return SessionRepresentation.of(calendar.getSession(parsedId), base());
    }

    @GET
    @Path("sessions.ics")
    @Produces(SessionsCalendarFeed.MEDIA_TYPE + ";charset=UTF-8")
    public Response feed(@Parameter(description = ApiParameters.PLATFORM) @QueryParam("platform") String platform) {
        LocalDate today = LocalDate.now(PARIS);
        List<Session> sessions = calendar.feed(ApiParameters.platform(platform), today.minusYears(1).withDayOfYear(1),
                today.plusYears(2));
        List<PublicEvent> events = tempsForts.publicBetween(ApiParameters.platform(platform),
                today.minusYears(1).withDayOfYear(1), today.plusYears(2));
        String body = SessionsCalendarFeed.render(sessions, events, "La Fabrik à projets — Lens-Liévin", PARIS,
                session -> base().resolve("reunions/reunion.xhtml?id=" + session.getId()).toString(),
                event -> base().resolve("temps-forts/evenement.xhtml?id=" + event.getId()).toString(),
                Clock.systemUTC().instant());
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(body).cacheControl(cache)
                .header("Content-Disposition", "inline; filename=\"fabrik-reunions.ics\"").build();
    }

    /** The year parameter, or the current year; anything but a four-digit year is refused in French. */
    static int parseYear(String year) {
        return PageParameters.year(year).orElseThrow(() -> BusinessException.invalid("Le paramètre year doit être "
                + "une année sur quatre chiffres, par exemple 2021 : « " + year + " » n'en est pas une."));
    }

    private URI base() {
        return uriInfo.getBaseUri().resolve("../");
    }

    /** A year's sessions: bounded by nature (a platform meets monthly), so the whole year is one page. */
    public record SessionList(int year, int total, List<SessionRepresentation> items) {
    }
}
