package fr.fabrikaprojets.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request body that is not the JSON the operation reads is the caller's mistake: 400, not a server error. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException exception) {
        return Problem.response(Response.Status.BAD_REQUEST, "corps-illisible", "Corps illisible",
                "Le corps de la requête n'est pas un document JSON valide pour cette opération ; rien n'a été "
                        + "modifié.");
    }
}
