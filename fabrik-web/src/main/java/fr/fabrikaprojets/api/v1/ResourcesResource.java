package fr.fabrikaprojets.api.v1;

import fr.fabrikaprojets.application.ResourceService;
import fr.fabrikaprojets.domain.model.resource.ResourceFilter;
import fr.fabrikaprojets.domain.model.resource.ResourceKind;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
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

/** The catalogue of the resources the partners pool, for the network. */
@Path("v1/resources")
@RequestScoped
@SecurityRequirement(name = "oidc")
@SecurityRequirement(name = "session")
@Tag(name = "Ressources mutualisées")
@Produces(MediaType.APPLICATION_JSON)
public class ResourcesResource {

    @EJB
    private ResourceService resources;

    @Context
    private UriInfo uriInfo;

    @Context
    private Request request;

    @GET
    @Operation(summary = "Le catalogue des ressources, paginé",
            description = "Filtré par type, commune, accessibilité en fauteuil et organisation.")
    @APIResponse(responseCode = "200", description = "Une page de ressources",
            content = @Content(schema = @Schema(implementation = ResourcePage.class)))
    public Response list(
            @Parameter(description = ApiParameters.PLATFORM) @QueryParam("platform") String platform,
            @Parameter(description = "Type (ROOM, EQUIPMENT, SKILL, FUNDING)") @QueryParam("kind") String kind,
            @Parameter(description = "Code INSEE de la commune") @QueryParam("commune") String commune,
            @Parameter(description = "true : accessibles en fauteuil seulement",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("wheelchair") String wheelchair,
            @Parameter(description = "Numéro de l'organisation qui les propose",
                    schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("organisation") String organisation,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
            @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100",
                    defaultValue = "20")) @QueryParam("size") String size) {
        PageRequest pageRequest = PageRequest.parse(page, size);
        ResourceFilter filter = new ResourceFilter(ApiParameters.platform(platform),
                ApiParameters.choice(ResourceKind.class, "kind", kind), ApiParameters.commune(commune),
                wheelchairOnly(wheelchair),
                organisation == null || organisation.isBlank() ? null : organisationId(organisation));
        URI base = base();
        return Representations.conditional(request, Listing.of(
                resources.catalogue(filter, pageRequest.first(), pageRequest.size()), pageRequest, uriInfo,
                resource -> ResourceRepresentation.of(resource, base)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Une ressource")
    @APIResponse(responseCode = "200", description = "La ressource",
            content = @Content(schema = @Schema(implementation = ResourceRepresentation.class)))
    @APIResponse(responseCode = "304", description = "Inchangée depuis l'ETag donné")
    public Response resource(@PathParam("id") String id) {
        return Representations.conditional(request,
                ResourceRepresentation.of(resources.resource(ApiParameters.id("ressource", id)), base()));
    }

    private static boolean wheelchairOnly(String value) {
        if (value == null || value.isBlank() || "false".equals(value.strip())) {
            return false;
        }
        if ("true".equals(value.strip())) {
            return true;
        }
        throw BusinessException.invalid("Le paramètre wheelchair vaut true ou false.");
    }

    private static long organisationId(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException notANumber) {
            throw BusinessException.invalid("Le paramètre organisation est le numéro d'une organisation du réseau.");
        }
    }

    private URI base() {
        return uriInfo.getBaseUri().resolve("../");
    }

    /** For the OpenAPI document: a page of resources. */
    @Schema(name = "ResourcePage")
    public record ResourcePage(long total, int page, int size, List<ResourceRepresentation> items,
            Map<String, String> links) {
    }
}
