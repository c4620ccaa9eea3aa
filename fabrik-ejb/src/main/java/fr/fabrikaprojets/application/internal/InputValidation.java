package fr.fabrikaprojets.application.internal;

import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Checks a use case's input against its Bean Validation constraints (French messages) before anything else runs.
 * Explicit, because WildFly's method validation does not reach constraints declared on an EJB's interface.
 *
 * <pre>
 * inputs.requireValid(submission, "Le formulaire est vide.");
 * </pre>
 */
@ApplicationScoped
public class InputValidation {

    @Inject
    Validator validator;

    /** Throws a {@link ConstraintViolationException} listing every broken constraint, or the given refusal if null. */
    public <T> void requireValid(T input, String whenMissing) {
        if (input == null) {
            throw BusinessException.invalid(whenMissing);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}
