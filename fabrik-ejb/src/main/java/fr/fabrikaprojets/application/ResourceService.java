package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.resource.Booking;
import fr.fabrikaprojets.domain.model.resource.Resource;
import fr.fabrikaprojets.domain.model.resource.ResourceDetails;
import fr.fabrikaprojets.domain.model.resource.ResourceFilter;
import java.time.Instant;
import java.util.List;

/**
 * The catalogue of shared resources and their bookings. Partners offer resources of their organisation; the
 * platform's team requests them for projects; the owning partner (or the coordinator) accepts or declines. Two
 * accepted bookings of one resource never overlap, even when decided at the same instant.
 */
public interface ResourceService {

    Page<Resource> catalogue(ResourceFilter filter, int first, int size);

    /**
     * A page of the catalogue as its list shows it. Until the next recorded change commits (and a few minutes at
     * most), every reader of the same page is answered with the same page, read once.
     */
    Page<ResourceSummary> cataloguePage(ResourceFilter filter, int first, int size);

    Resource resource(long resourceId);

    /** Whether the caller may edit the resource and answer its requests. */
    boolean mayManage(long resourceId);

    Resource offer(long organisationId, ResourceDetails details);

    Resource describe(long resourceId, long version, ResourceDetails details);

    /** Withdraws the resource from the catalogue; its requests still waiting are declined, and their authors told. */
    void withdraw(long resourceId, long version);

    Booking request(long resourceId, long projectId, Instant start, Instant end, String purpose);

    Booking accept(long bookingId, long version);

    Booking decline(long bookingId, long version, String reason);

    Booking cancel(long bookingId, long version);

    /** Requested and accepted bookings of a resource in [from, to), by start (at most 200): its calendar. */
    List<Booking> calendar(long resourceId, Instant from, Instant to);

    /** A project's bookings, newest first. */
    List<Booking> ofProject(long projectId);

    /** Requests waiting on the caller's organisation, oldest first; for the coordination, every request waiting. */
    Page<Booking> awaitingMyAnswer(int first, int size);

    /** A resource's requests waiting for an answer, oldest first (at most 100); for those who answer them. */
    List<Booking> pending(long resourceId);
}
