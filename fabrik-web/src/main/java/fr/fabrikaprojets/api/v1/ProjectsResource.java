package fr.fabrikaprojets.api.v1;

import fr.fabrikaprojets.api.Problem;
import fr.fabrikaprojets.application.ProjectService;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.project.ProjectFilter;
import fr.fabrikaprojets.domain.model.project.ProjectState;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The projects the caller may see (the platform's team: all; a partner's member: those their organisation was asked
 * advice on or received by orientation), and the one change a portal makes: moving a project along its lifecycle,
 * based on the representation it read ({@code If-Match}).
 */
@Path("v1/projects")
@RequestScoped
@SecurityRequirement(name = "oidc")
@SecurityRequirement(name = "session")
@Tag(name = "Projets")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectsResource {

    @EJB
    private ProjectService projects;

    @Context
    private UriInfo uriInfo;

    @Context
    private Request request;

    @GET
    @Operation(summary = "Les projets visibles par l'appelant, paginés",
            description = "Filtrés par état, commune et domaine ; triés par date de réception, les plus récents "
                    + "d'abord (sort=receivedAt : les plus anciens d'abord). Le total s'arrête à 1001.")
    @APIResponse(responseCode = "200", description = "Une page de projets",
            content = @Content(schema = @Schema(implementation = ProjectPage.class)))
    public Response list(
            @Parameter(description = ApiParameters.PLATFORM) @QueryParam("platform") String platform,
            @Parameter(description = "État (RECEIVED, TO_PRESENT, …)") @QueryParam("state") String state,
            @Parameter(description = "Code INSEE de la commune") @QueryParam("commune") String commune,
            @Parameter(description = "Domaine (CULTURE, SOCIAL, …)") @QueryParam("field") String field,
            @Parameter(schema = @Schema(enumeration = {"-receivedAt", "receivedAt"}, defaultValue = "-receivedAt"))
            @QueryParam("sort") String sort,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
            @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100",
                    defaultValue = "20")) @QueryParam("size") String size) {
        PageRequest pageRequest = PageRequest.parse(page, size);
        ProjectFilter filter = new ProjectFilter(ApiParameters.platform(platform),
                ApiParameters.choice(ProjectState.class, "state", state), ApiParameters.commune(commune),
                ApiParameters.choice(Field.class, "field", field));
        if (oldestFirst(sort)) {
            filter = filter.inReceptionOrder();
        }
        URI base = base();
        return Representations.conditional(request, Listing.of(
                projects.projects(filter, pageRequest.first(), pageRequest.size()), pageRequest, uriInfo,
                project -> ProjectRepresentation.Summary.of(project, base)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Un projet", description = "Avec son ETag : If-None-Match répond 304 s'il n'a pas changé.")
    @APIResponse(responseCode = "200", description = "Le projet",
            content = @Content(schema = @Schema(implementation = ProjectRepresentation.class)))
    @APIResponse(responseCode = "304", description = "Inchangé depuis l'ETag donné")
    public Response project(@PathParam("id") String id) {
        return Representations.conditional(request, ProjectRepresentation.of(
                projects.getProject(ApiParameters.id("projet", id)), base()));
    }

    @PUT
    @Path("{id}/state")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Fait avancer un projet dans son cycle de vie",
            description = "If-Match doit porter l'ETag du projet lu : si le projet a changé depuis, la réponse est "
                    + "412 et rien n'est modifié. Les changements qui ferment une porte demandent un motif.")
    @APIResponse(responseCode = "200", description = "Le projet dans son nouvel état, avec son nouvel ETag",
            content = @Content(schema = @Schema(implementation = ProjectRepresentation.class)))
    public Response changeState(@PathParam("id") String id,
            @Parameter(description = "L'ETag du projet lu", required = true) @HeaderParam(HttpHeaders.IF_MATCH)
            String ifMatch, StateChange change) {
        long projectId = ApiParameters.id("projet", id);
        if (ifMatch == null || ifMatch.isBlank()) {
            return Problem.response(Response.Status.PRECONDITION_REQUIRED, "etag-requis", "ETag requis",
                    "Indiquez dans l'en-tête If-Match l'ETag du projet tel que vous l'avez lu.");
        }
        Project current = projects.getProject(projectId);
        Response.ResponseBuilder changed = request.evaluatePreconditions(
                Representations.tagOf(ProjectRepresentation.of(current, base())));
        if (changed != null) {
            return Problem.response(Response.Status.PRECONDITION_FAILED, "modifie-entre-temps",
                    "Modifié entre-temps", "Ce projet a changé depuis que vous l'avez lu : relisez-le, puis "
                    + "recommencez. Rien n'a été modifié.");
        }
        if (change == null || change.state() == null) {
            throw BusinessException.invalid("Indiquez le nouvel état du projet (state).");
        }
        projects.changeState(projectId, current.getVersion(),
                ApiParameters.choice(ProjectState.class, "state", change.state()), change.reason());
        return Representations.fresh(ProjectRepresentation.of(projects.getProject(projectId), base()));
    }

    private static boolean oldestFirst(String sort) {
        if (sort == null || sort.isBlank() || "-receivedAt".equals(sort.strip())) {
            return false;
        }
        if ("receivedAt".equals(sort.strip())) {
            return true;
        }
        throw BusinessException.invalid("Le paramètre sort vaut receivedAt (les plus anciens d'abord) ou "
                + "-receivedAt (les plus récents d'abord).");
    }

    private URI base() {
        return uriInfo.getBaseUri().resolve("../");
    }

    /** The body of a change of state. */
    public record StateChange(
            @Schema(description = "Le nouvel état", required = true, example = "TO_PRESENT") String state,
            @Schema(description = "Le motif, obligatoire pour abandonner, mettre en pause ou réorienter")
            String reason) {
    }

    /** For the OpenAPI document: a page of project summaries. */
    @Schema(name = "ProjectPage")
    public record ProjectPage(long total, int page, int size, java.util.List<ProjectRepresentation.Summary> items,
            java.util.Map<String, String> links) {
    }
}
