package fr.fabrikaprojets.api;

import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Override
    public Response toResponse(BusinessException exception) {
        return switch (exception.getKind()) {
            case NOT_FOUND -> Problem.response(Response.Status.NOT_FOUND, "introuvable", "Introuvable",
                    exception.getMessage());
            case CONFLICT -> Problem.response(Response.Status.CONFLICT, "conflit", "Conflit", exception.getMessage());
            case FORBIDDEN -> Problem.response(Response.Status.FORBIDDEN, "interdit", "Interdit",
                    exception.getMessage());
            case INVALID -> Problem.response(Response.Status.BAD_REQUEST, "requete-invalide", "Requête invalide",
                    exception.getMessage());
        };
    }
}
