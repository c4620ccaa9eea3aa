package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.presentation.Presentation;
import java.util.List;

/**
 * Projects on the agenda of monthly sessions, and the minutes of their presentations, which the holder validates (or
 * asks to correct) before they are shared beyond those present.
 */
public interface PresentationService {

    /** Minutes of a presentation when none is said. */
    int DEFAULT_MINUTES = 20;

    /** Puts a project on a session's agenda, after the others; refused when the morning is full. */
    Presentation book(long sessionId, long projectId, int minutes);

    /** A session's agenda, in order, with start times. */
    AgendaView agenda(long sessionId);

    /** Orders the agenda; the list names every presentation of the session once. */
    AgendaView reorder(long sessionId, List<Long> presentationIds);

    Presentation changeDuration(long presentationId, long version, int minutes);

    /** Takes a presentation off the agenda (not once its minutes are written). */
    void cancel(long presentationId, long version);

    /** A project's presentations, latest first; a partner's member sees them once the holder validated the minutes. */
    List<Presentation> ofProject(long projectId);

    /** The coordinator writes or corrects the minutes (advice given, orientations decided, next steps). */
    Presentation writeMinutes(long presentationId, long version, String text);

    /** Sends the minutes to the holder by e-mail, with a link to validate them or ask for a correction. */
    Presentation sendMinutes(long presentationId, long version);

    /** The holder validated the minutes by phone or in person; the coordinator records it. */
    Presentation recordValidation(long presentationId, long version);

    /** The minutes a holder's link points to, with the advice shared with them. */
    MinutesForHolder forHolder(String token);

    void validateAsHolder(String token);

    void askCorrectionAsHolder(String token, String comment);

    /** The holder replies to a piece of shared advice on their project, through their link. */
    void replyToAdvice(String token, long adviceId, String reply);
}
