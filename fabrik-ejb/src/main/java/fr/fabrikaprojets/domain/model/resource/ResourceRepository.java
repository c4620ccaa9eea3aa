package fr.fabrikaprojets.domain.model.resource;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface ResourceRepository {

    void store(Resource resource);

    void store(Booking booking);

    Optional<Resource> find(long id);

    /**
     * The resource, locked for writing until the transaction ends: deciding bookings of one resource happens one
     * transaction at a time, so two overlapping bookings can never both be accepted.
     */
    Optional<Resource> lockForBooking(long id);

    /** One page of the active resources, by kind then name, with their organisation. */
    List<Resource> catalogue(ResourceFilter filter, int first, int max);

    /** The ids of one page of the catalogue, in its order. */
    List<Long> catalogueIds(ResourceFilter filter, int first, int max);

    long count(ResourceFilter filter);

    /** These resources with their organisation, in the order of the ids. */
    List<Resource> withIds(List<Long> ids);

    /** Active resources of these kinds, those in the commune (or of no commune) first; at most {@code max}. */
    List<Resource> answering(String platformCode, Set<ResourceKind> kinds, String inseeCode, int max);

    Optional<Booking> findBooking(long id);

    /** Accepted bookings of a resource overlapping [start, end), other than {@code exceptId}. */
    List<Booking> acceptedOverlapping(long resourceId, Instant start, Instant end, long exceptId);

    /** Requested and accepted bookings of a resource overlapping [start, end), by start; at most {@code max}. */
    List<Booking> openBetween(long resourceId, Instant start, Instant end, int max);

    /** A project's bookings, newest first, with their resource; at most {@code max}. */
    List<Booking> ofProject(long projectId, int max);

    /** Requests of a resource still waiting for an answer, oldest first, with their project; at most max. */
    List<Booking> requestedFor(long resourceId, int max);

    /** Requests waiting for an answer on a whole platform, oldest first, a page (the coordination's view). */
    List<Booking> awaitingAnswerOn(String platformCode, int first, int max);

    long countAwaitingAnswerOn(String platformCode);

    /** Requests waiting on an organisation's answer, oldest first, a page. */
    List<Booking> awaitingAnswerOf(long organisationId, int first, int max);

    long countAwaitingAnswerOf(long organisationId);
}
