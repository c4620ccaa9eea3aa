package fr.fabrikaprojets.domain.model.orientation;

import java.util.Collection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface OrientationRepository {

    Optional<Orientation> find(long id);

    Optional<Orientation> findByHolderToken(String tokenHash);

    void store(Orientation orientation);

    /** A project's orientations, newest first, with their organisation and session; at most {@code max}. */
    List<Orientation> ofProject(long projectId, int max);

    /** Orientations received by an organisation, open ones first then newest, with their project; a page. */
    List<Orientation> receivedBy(long organisationId, int first, int max);

    long countReceivedBy(long organisationId);

    /** The orientations an organisation received that still wait on it (proposed or accepted), oldest move first. */
    List<Orientation> awaitedFrom(long organisationId, int first, int max);

    long countAwaitedFrom(long organisationId);

    /** Orientations still waiting on their partner whose last move is older than {@code before}; at most max. */
    List<Orientation> waitingSince(Instant before, int max);

    /** Orientations of a platform's projects proposed in [from, to), with project and organisation; at most max. */
    List<Orientation> proposedBetween(String platformCode, Instant from, Instant to, int max);

    /** How the orientations to each organisation of a platform ended: one count per organisation and state. */
    List<OutcomeCount> outcomes(String platformCode);

    /** The orientations of several projects at once (the search index's batches). */
    List<Orientation> ofProjects(Collection<Long> projectIds);
}
