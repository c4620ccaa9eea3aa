package fr.fabrikaprojets.api.v1;

import fr.fabrikaprojets.application.Backup;
import fr.fabrikaprojets.application.BackupService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Backups of a running Fabrik on Derby, for the administrators' script ({@code src/backup/fabrik-backup.sh}). */
@Path("v1/backups")
@RequestScoped
@SecurityRequirement(name = "oidc")
@SecurityRequirement(name = "session")
@Tag(name = "Exploitation")
@Produces(MediaType.APPLICATION_JSON)
public class BackupsResource {

    @EJB
    private BackupService backups;

    @POST
    @Operation(summary = "Sauvegarde la base (Derby) et les documents, sans arrêter Fabrik",
            description = "Dans un nouveau répertoire daté du serveur (fabrik.backup.dir). Sur PostgreSQL : 409, la "
                    + "base se sauvegarde avec pg_dump.")
    @APIResponse(responseCode = "201", description = "La sauvegarde faite",
            content = @Content(schema = @Schema(implementation = Backup.class)))
    public Response backUp() {
        return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(backups.backUp()).build();
    }
}
