package fr.fabrikaprojets.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A refusal of the permission matrix: 401 with the schemes to authenticate when the caller is unknown, 403 when
 * their role does not allow the call.
 */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

    @Context
    private SecurityContext security;

    @Override
    public Response toResponse(EJBAccessException exception) {
        if (security == null || security.getUserPrincipal() == null) {
            Response unknown = Problem.response(Response.Status.UNAUTHORIZED, "authentification-requise",
                    "Authentification requise", "Connectez-vous (session Fabrik) ou présentez un jeton d'accès du "
                            + "SSO des partenaires pour cette opération.");
            return Response.fromResponse(unknown).header("WWW-Authenticate", "Bearer realm=\"fabrik\"").build();
        }
        return Problem.response(Response.Status.FORBIDDEN, "acces-refuse", "Accès refusé",
                "Votre compte ne permet pas cette action.");
    }
}
