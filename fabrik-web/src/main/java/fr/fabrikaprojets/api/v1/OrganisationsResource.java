package fr.fabrikaprojets.api.v1;

import fr.fabrikaprojets.application.DirectoryService;
import fr.fabrikaprojets.domain.model.organisation.DirectoryFilter;
import fr.fabrikaprojets.domain.model.organisation.OrganisationKind;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.shared.Roles;
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
import jakarta.ws.rs.core.SecurityContext;
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

/** The directory of the partner network, for its members and the platform's team, in the directory's order. */
@Path("v1/organisations")
@RequestScoped
@SecurityRequirement(name = "oidc")
@SecurityRequirement(name = "session")
@Tag(name = "Réseau des partenaires")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

    @EJB
    private DirectoryService directory;

    @Context
    private UriInfo uriInfo;

    @Context
    private Request request;

    @Context
    private SecurityContext security;

    @GET
    @Operation(summary = "Les organisations du réseau, paginées",
            description = "Filtrées par texte (nom), type, thème et commune d'intervention.")
    @APIResponse(responseCode = "200", description = "Une page d'organisations",
            content = @Content(schema = @Schema(implementation = OrganisationPage.class)))
    public Response list(
            @Parameter(description = ApiParameters.PLATFORM) @QueryParam("platform") String platform,
            @Parameter(description = "Un mot du nom") @QueryParam("q") String text,
            @Parameter(description = "Type (ASSOCIATION, CCAS, …)") @QueryParam("kind") String kind,
            @Parameter(description = "Thème (CULTURE, SOCIAL, …)") @QueryParam("theme") String theme,
            @Parameter(description = "Code INSEE d'une commune où elle intervient") @QueryParam("commune")
            String commune,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
            @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100",
                    defaultValue = "20")) @QueryParam("size") String size) {
        PageRequest pageRequest = PageRequest.parse(page, size);
        DirectoryFilter filter = new DirectoryFilter(ApiParameters.platform(platform), ApiParameters.text("q", text),
                ApiParameters.choice(OrganisationKind.class, "kind", kind),
                ApiParameters.choice(Field.class, "theme", theme), ApiParameters.commune(commune));
        boolean team = team();
        URI base = base();
        return Representations.conditional(request, Listing.of(
                directory.organisations(filter, pageRequest.first(), pageRequest.size()), pageRequest, uriInfo,
                organisation -> OrganisationRepresentation.of(organisation, team, base)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Une organisation du réseau")
    @APIResponse(responseCode = "200", description = "L'organisation",
            content = @Content(schema = @Schema(implementation = OrganisationRepresentation.class)))
    @APIResponse(responseCode = "304", description = "Inchangée depuis l'ETag donné")
    public Response organisation(@PathParam("id") String id) {
        return Representations.conditional(request, OrganisationRepresentation.of(
                directory.organisation(ApiParameters.id("organisation", id)), team(), base()));
    }

    private boolean team() {
        return security.isUserInRole(Roles.COORDINATOR) || security.isUserInRole(Roles.STAFF)
                || security.isUserInRole(Roles.ADMIN);
    }

    private URI base() {
        return uriInfo.getBaseUri().resolve("../");
    }

    /** For the OpenAPI document: a page of organisations. */
    @Schema(name = "OrganisationPage")
    public record OrganisationPage(long total, int page, int size, List<OrganisationRepresentation> items,
            Map<String, String> links) {
    }
}
