package fr.fabrikaprojets.domain.model.advice;

import java.util.Collection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface AdviceRepository {

    Optional<Advice> find(long id);

    void store(Advice advice);

    /** A project's advice, newest first, with organisation, expert and session; at most {@code max}. */
    List<Advice> ofProject(long projectId, int max);

    /** Advice requested of one member, awaited first then newest, with their project; a page. */
    List<Advice> requestedOf(long expertId, int first, int max);

    long countRequestedOf(long expertId);

    /** Requests still awaited whose last move is older than {@code before}; at most {@code max}. */
    List<Advice> awaitedSince(Instant before, int max);

    /** Whether the organisation was asked for advice on the project (and not only revoked) or received it there. */
    boolean involves(long projectId, long organisationId);

    /** Advice asked of an organisation (withdrawn requests aside), newest first, with the project; at most max. */
    List<Advice> askedOf(long organisationId, int max);

    /** Advice asked on a platform's projects in [from, to), with project and organisation; at most max. */
    List<Advice> askedBetween(String platformCode, Instant from, Instant to, int max);

    /** The advice of several projects at once (the search index's batches). */
    List<Advice> ofProjects(Collection<Long> projectIds);
}
