package fr.fabrikaprojets.domain.model.session;

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
}
