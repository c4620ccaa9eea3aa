package fr.fabrikaprojets.api.v1;

import fr.fabrikaprojets.application.OrientationService;
import fr.fabrikaprojets.application.ProjectService;
import fr.fabrikaprojets.application.SessionCalendarService;
import fr.fabrikaprojets.domain.model.orientation.Orientation;
import fr.fabrikaprojets.domain.model.project.ProjectFilter;
import fr.fabrikaprojets.domain.model.project.ProjectState;
import fr.fabrikaprojets.domain.shared.Roles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The data of the portal's widgets, for a portal that draws them itself (the same as the HTML fragments under
 * {@code /widgets/}): the next session, the projects the caller follows, the orientations waiting on their
 * organisation.
 */
@Path("v1/widgets")
@RequestScoped
@Tag(name = "Widgets du portail")
@Produces(MediaType.APPLICATION_JSON)
public class WidgetsResource {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @EJB
    private SessionCalendarService calendar;

    @EJB
    private ProjectService projects;

    @EJB
    private OrientationService orientations;

    @Context
    private UriInfo uriInfo;

    @Context
    private Request request;

    @Context
    private SecurityContext security;

    @GET
    @Path("next-session")
    @Operation(summary = "La prochaine réunion", description = "La prochaine réunion non annulée à partir "
            + "d'aujourd'hui (Europe/Paris) ; session vaut null quand aucune n'est prévue.")
    @APIResponse(responseCode = "200", description = "La prochaine réunion",
            content = @Content(schema = @Schema(implementation = NextSession.class)))
    public Response nextSession(
            @Parameter(description = ApiParameters.PLATFORM) @QueryParam("platform") String platform) {
        URI base = base();
        return Representations.conditional(request, new NextSession(calendar.nextSession(
                ApiParameters.platform(platform), LocalDate.now(PARIS))
                .map(session -> SessionRepresentation.of(session, base)).orElse(null)));
    }

    @GET
    @Path("my-projects")
    @SecurityRequirement(name = "oidc")
    @SecurityRequirement(name = "session")
    @Operation(summary = "Mes projets suivis", description = "Pour un membre d'une organisation partenaire : les "
            + "projets sur lesquels son organisation a été sollicitée ou orientée. Pour l'équipe de la plateforme : "
            + "les projets accompagnés. Les plus récents d'abord.")
    @APIResponse(responseCode = "200", description = "Une page de projets",
            content = @Content(schema = @Schema(implementation = ProjectsResource.ProjectPage.class)))
    public Response myProjects(
            @Parameter(description = ApiParameters.PLATFORM) @QueryParam("platform") String platform,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
            @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100",
                    defaultValue = "20")) @QueryParam("size") String size) {
        PageRequest pageRequest = PageRequest.parse(page, size);
        boolean partner = security.isUserInRole(Roles.PARTNER) && !team();
        ProjectFilter filter = new ProjectFilter(ApiParameters.platform(platform),
                partner ? null : ProjectState.ACCOMPANIED, null, null);
        URI base = base();
        return Representations.conditional(request, Listing.of(
                projects.projects(filter, pageRequest.first(), pageRequest.size()), pageRequest, uriInfo,
                project -> ProjectRepresentation.Summary.of(project, base)));
    }

    @GET
    @Path("my-orientations")
    @SecurityRequirement(name = "oidc")
    @SecurityRequirement(name = "session")
    @Operation(summary = "Mes orientations en attente", description = "Les orientations reçues par l'organisation "
            + "de l'appelant qui attendent encore sa réponse ou son issue, les plus anciennes d'abord.")
    @APIResponse(responseCode = "200", description = "Une page d'orientations",
            content = @Content(schema = @Schema(implementation = OrientationPage.class)))
    public Response myOrientations(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
            @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100",
                    defaultValue = "20")) @QueryParam("size") String size) {
        PageRequest pageRequest = PageRequest.parse(page, size);
        URI base = base();
        return Representations.conditional(request, Listing.of(
                orientations.awaitingMyOrganisation(pageRequest.first(), pageRequest.size()), pageRequest, uriInfo,
                orientation -> WaitingOrientation.of(orientation, base)));
    }

    private boolean team() {
        return security.isUserInRole(Roles.COORDINATOR) || security.isUserInRole(Roles.STAFF)
                || security.isUserInRole(Roles.ADMIN);
    }

    private URI base() {
        return uriInfo.getBaseUri().resolve("../");
    }

    /** The next session, or null. */
    public record NextSession(SessionRepresentation session) {
    }

    /** An orientation waiting on the caller's organisation. */
    public record WaitingOrientation(long id, long projectId, String project, String need, String state,
            String stateLabel, Instant lastMovedAt, long version, Map<String, String> links) {

        static WaitingOrientation of(Orientation orientation, URI base) {
            return new WaitingOrientation(orientation.getId(), orientation.getProject().getId(),
                    orientation.getProject().getTitle(), orientation.getNeed(), orientation.getState().name(),
                    orientation.getState().label(), orientation.getLastMovedAt(), orientation.getVersion(),
                    Representations.links("project", base.resolve("api/v1/projects/"
                            + orientation.getProject().getId()).toString(),
                            "page", base.resolve("projets/projet.xhtml?id=" + orientation.getProject().getId())
                                    .toString()));
        }
    }

    /** For the OpenAPI document: a page of orientations. */
    @Schema(name = "OrientationPage")
    public record OrientationPage(long total, int page, int size, List<WaitingOrientation> items,
            Map<String, String> links) {
    }
}
