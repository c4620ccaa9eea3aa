package fr.fabrikaprojets.view;

import fr.fabrikaprojets.application.Refusals;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * Runs a service call from a page and says how it went, in the page's language, as a Faces message. A refusal
 * (business rule, validation, permission, concurrent edit) becomes an error message and returns {@code false}; the
 * service rolled its transaction back, so nothing changed.
 *
 * <pre>
 * if (Feedback.attempt(() -&gt; calendar.confirmSession(id, version))) {
 *     Feedback.info("edit.confirmed");
 * }
 * </pre>
 */
public final class Feedback {

    private Feedback() {
    }

    /** As {@link #attempt}, for a call that answers: its answer, or empty when it was refused (and said so). */
    public static <T> Optional<T> obtain(Supplier<T> call) {
        List<T> answer = new ArrayList<>(1);
        return attempt(() -> answer.add(call.get())) ? Optional.ofNullable(answer.get(0)) : Optional.empty();
    }

    public static boolean attempt(Runnable call) {
        try {
            call.run();
            return true;
        } catch (BusinessException refused) {
            error(refused.getMessage());
        } catch (ConstraintViolationException invalid) {
            invalid.getConstraintViolations().stream().map(ConstraintViolation::getMessage).sorted()
                    .forEach(Feedback::error);
        } catch (EJBAccessException forbidden) {
            error(text("error.forbidden"));
        } catch (RuntimeException failure) {
            if (!causedByConcurrentEdit(failure)) {
                throw failure;
            }
            error(text("error.conflict"));
        }
        return false;
    }

    public static void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
        keepAcrossRedirect();
    }

    /** An error shown on the page; a refusal of the services, raised in French, in the view's language. */
    public static void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                refusal(message), null));
        keepAcrossRedirect();
    }

    /** A refusal of the services, raised in French, in the view's language. */
    public static String refusal(String message) {
        FacesContext context = FacesContext.getCurrentInstance();
        return Refusals.inLanguage(message, context.getViewRoot() == null ? null
                : context.getViewRoot().getLocale().getLanguage());
    }

    /** A text of the {@code msg} bundle in the view's language. */
    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, context.getViewRoot().getLocale())
                .format(arguments);
    }

    private static void keepAcrossRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static boolean causedByConcurrentEdit(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
