package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.orientation.Orientation;
import fr.fabrikaprojets.domain.model.orientation.OrientationState;
import fr.fabrikaprojets.domain.model.orientation.Usefulness;
import java.util.List;

/**
 * Orientations of projects to partner organisations, followed to their outcome: the partner's members answer
 * (accept, refuse with a reason, then say how it ended), reminders go out when nothing moves, and the holder is asked
 * afterwards whether it helped.
 */
public interface OrientationService {

    /** The coordinator orients a project to an organisation for a need, in a session or between sessions. */
    Orientation orient(long projectId, long organisationId, Long sessionId, String need);

    /** Moves the orientation; the coordinator or a member of the receiving organisation may. */
    Orientation move(long orientationId, long version, OrientationState target, String reason);

    /** A project's orientations, newest first (a partner's member sees those of their organisation). */
    List<Orientation> ofProject(long projectId);

    /** The orientations the caller's organisation received, most recently moved first. */
    Page<Orientation> received(int first, int size);

    /** The orientations that still wait on the caller's organisation (an answer or an outcome), oldest first. */
    Page<Orientation> awaitingMyOrganisation(int first, int size);

    /** The orientation a holder's link points to, to ask whether it was useful. */
    Orientation forHolder(String token);

    /** The holder's answer, through their link. */
    Orientation answerUsefulness(String token, Usefulness answer);
}
