package fr.fabrikaprojets.domain.shared;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the platform was not respected by what a user asked. The message is in French and is shown to the user
 * as it is (page message or the {@code detail} of an RFC 9457 problem), so it must say what to correct.
 * The transaction is rolled back: a refused request changes nothing.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Kind kind;

    public enum Kind {
        /** The request is malformed or breaks a rule: HTTP 400 / 422. */
        INVALID,
        /** What is asked for does not exist: HTTP 404. */
        NOT_FOUND,
        /** Someone else changed the record meanwhile, or the state forbids it: HTTP 409. */
        CONFLICT,
        /** The caller's role allows the action, but not on this record (another organisation's): HTTP 403. */
        FORBIDDEN
    }

    public BusinessException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public static BusinessException invalid(String message) {
        return new BusinessException(Kind.INVALID, message);
    }

    public static BusinessException notFound(String message) {
        return new BusinessException(Kind.NOT_FOUND, message);
    }

    public static BusinessException conflict(String message) {
        return new BusinessException(Kind.CONFLICT, message);
    }

    public static BusinessException forbidden(String message) {
        return new BusinessException(Kind.FORBIDDEN, message);
    }

    public Kind getKind() {
        return kind;
    }
}
