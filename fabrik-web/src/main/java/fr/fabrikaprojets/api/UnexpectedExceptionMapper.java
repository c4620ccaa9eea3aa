package fr.fabrikaprojets.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A defect of ours: logged in full for the administrators, a plain French sentence for the caller. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Exception exception) {
        Throwable cause = exception;
        while (cause != null) {
            if (cause instanceof jakarta.persistence.OptimisticLockException) {
                return Problem.response(Response.Status.CONFLICT, "conflit", "Conflit",
                        "La ressource a été modifiée par quelqu'un d'autre entre-temps : relisez-la avant de réessayer.");
            }
            cause = cause.getCause();
        }
        LOG.log(Level.SEVERE, "Erreur inattendue dans l'API", exception);
        return internalError();
    }

    static Response internalError() {
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "erreur-interne", "Erreur interne",
                "Une erreur inattendue est survenue ; rien n'a été modifié. Réessayez plus tard.");
    }
}
