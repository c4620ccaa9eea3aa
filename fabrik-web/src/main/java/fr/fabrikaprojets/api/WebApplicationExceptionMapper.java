package fr.fabrikaprojets.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The JAX-RS runtime's own refusals (unknown path, wrong method, unacceptable type), said in French. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        int code = exception.getResponse().getStatus();
        Response.Status status = Response.Status.fromStatusCode(code);
        if (status == null || code >= 500) {
            return UnexpectedExceptionMapper.internalError();
        }
        return switch (status) {
            case NOT_FOUND -> Problem.response(status, "introuvable", "Introuvable",
                    "Cette adresse de l'API n'existe pas.");
            case METHOD_NOT_ALLOWED -> Problem.response(status, "methode-non-autorisee", "Méthode non autorisée",
                    "Cette adresse de l'API n'accepte pas cette méthode HTTP.");
            case NOT_ACCEPTABLE -> Problem.response(status, "format-non-disponible", "Format non disponible",
                    "Cette ressource n'est pas disponible dans le format demandé (en-tête Accept).");
            case UNSUPPORTED_MEDIA_TYPE -> Problem.response(status, "format-non-pris-en-charge",
                    "Format non pris en charge", "Le format du corps de la requête n'est pas pris en charge.");
            case UNAUTHORIZED -> Problem.response(status, "authentification-requise", "Authentification requise",
                    "Connectez-vous pour accéder à cette ressource.");
            case FORBIDDEN -> Problem.response(status, "acces-refuse", "Accès refusé",
                    "Votre compte ne permet pas cette action.");
            default -> Problem.response(status, "requete-invalide", "Requête invalide",
                    "La requête n'a pas pu être traitée : vérifiez ses paramètres.");
        };
    }
}
