package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.advice.Advice;
import fr.fabrikaprojets.domain.model.advice.Visibility;
import java.util.List;

/**
 * Partners' advice on projects: requested in writing of a partner's member, or recorded live in a session; given as
 * confidential (the platform's staff only) or shared (the holder sees it and may reply).
 */
public interface AdviceService {

    /**
     * The coordinator asks a partner's member for advice, with an introduction, an optional yes/no question and an
     * optional document (kept among the project's documents).
     */
    Advice request(long projectId, String expertUsername, String introduction, String question, Upload document);

    /** The coordinator records advice an organisation gave live during a session. */
    Advice recordLive(long projectId, long organisationId, long sessionId, String text, Visibility visibility);

    /** The member asked gives their advice. */
    Advice give(long adviceId, long version, String text, Boolean answer, Visibility visibility);

    /** The coordinator withdraws a request not yet answered. */
    Advice revoke(long adviceId, long version);

    /**
     * A project's advice, newest first: all of it for the platform's team; for a partner's member, what their
     * organisation was asked or gave and the advice shared with the holder.
     */
    List<Advice> ofProject(long projectId);

    /** The requests addressed to the caller, most recently moved first. */
    Page<Advice> requestedOfMe(int first, int size);
}
