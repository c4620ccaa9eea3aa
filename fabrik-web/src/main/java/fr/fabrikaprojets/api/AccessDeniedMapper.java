package fr.fabrikaprojets.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

    @Override
    public Response toResponse(EJBAccessException exception) {
        return Problem.response(Response.Status.FORBIDDEN, "acces-refuse", "Accès refusé",
                "Votre compte ne permet pas cette action.");
    }
}
