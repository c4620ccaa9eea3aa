package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.session.ParticipantKind;
import fr.fabrikaprojets.domain.model.session.Registration;
import java.util.Set;

/**
 * Registration to sessions (anyone, with consent), within their capacity or on a waiting list promoted
 * automatically; on the day, who came and which partners were represented; the printable sign-in sheet.
 */
public interface RegistrationService {

    /**
     * Registers someone; on the waiting list when the session is full. {@code organisationId} names the partner they
     * represent, if any; {@code consent} must be true.
     */
    Registration register(long sessionId, String name, String email, String phone, ParticipantKind kind,
            Long organisationId, boolean consent);

    /** Places still free, for the public page. */
    int placesLeft(long sessionId);

    RollView roll(long sessionId);

    /** Cancels a registration; the first on the waiting list takes the place and is told by e-mail. */
    void cancel(long registrationId, long version);

    /** Changes the capacity; a larger one promotes from the waiting list. */
    RollView changeCapacity(long sessionId, long version, int places);

    /** Records who came among the registered (the others did not). */
    RollView recordAttendance(long sessionId, Set<Long> presentRegistrationIds);

    /** The sign-in sheet of the registered, as a PDF. */
    byte[] signInSheet(long sessionId);
}
