package fr.fabrikaprojets.domain.model.session;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface RegistrationRepository {

    Optional<Registration> find(long id);

    void store(Registration registration);

    /** The session (locked until the transaction ends, so that two people cannot take the last place) and its roll. */
    SessionRoll lockedRoll(long sessionId);

    /** A session's roll, read only. */
    SessionRoll roll(long sessionId);

    /** Registrations where the person with this e-mail was marked present, latest session first; at most max. */
    List<Registration> attendedBy(String email, int max);

    /** Every registration made with this e-mail address or phone number (either may be null), oldest first. */
    List<Registration> ofContact(String email, String phone, int max);

    /** Registrations still naming someone, to sessions held before {@code before}: the retention's due. */
    List<Registration> namedBefore(LocalDate before, int max);

    long countNamedBefore(LocalDate before);
}
