package fr.fabrikaprojets.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Collectors;

@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        String detail = exception.getConstraintViolations().stream().map(ConstraintViolation::getMessage).sorted()
                .collect(Collectors.joining(" "));
        return Problem.response(Response.Status.BAD_REQUEST, "requete-invalide", "Requête invalide", detail);
    }
}
