package fr.fabrikaprojets.domain.model.session;

import fr.fabrikaprojets.domain.shared.BusinessException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The registrations of one session: within its capacity, then on a waiting list promoted in order of registration
 * when someone cancels; then who came.
 */
public final class SessionRoll {

    private final Session session;
    private final List<Registration> registrations;

    public SessionRoll(Session session, List<Registration> registrations) {
        this.session = session;
        this.registrations = new ArrayList<>(registrations);
        this.registrations.sort(Comparator.comparing(Registration::getRegisteredAt)
                .thenComparing(Registration::getId, Comparator.nullsLast(Comparator.naturalOrder())));
    }

    public Registration register(Participant participant, Instant at) {
        if (session.isClosed()) {
            throw BusinessException.conflict("Cette réunion est " + session.getStatus().label()
                    + " : les inscriptions sont closes.");
        }
        if (participant.email() != null && active().stream()
                .anyMatch(r -> participant.email().equals(r.getEmail()))) {
            throw BusinessException.conflict("L’adresse " + participant.email() + " est déjà inscrite à cette "
                    + "réunion.");
        }
        Registration.Status status = registered().size() < session.getCapacity() ? Registration.Status.REGISTERED
                : Registration.Status.WAITING;
        Registration registration = new Registration(session, participant, status, at);
        registrations.add(registration);
        return registration;
    }

    /** Cancels a registration; the first on the waiting list takes the freed place, and is returned. */
    public Optional<Registration> cancel(Registration registration) {
        if (registration.getStatus() == Registration.Status.CANCELLED) {
            throw BusinessException.conflict("Cette inscription est déjà annulée.");
        }
        boolean freesAPlace = registration.getStatus() == Registration.Status.REGISTERED;
        registration.cancel();
        return freesAPlace ? promoteFirstWaiting() : Optional.empty();
    }

    /** After the capacity grows, the waiting list moves up as far as it can; returns those promoted. */
    public List<Registration> fill() {
        List<Registration> promoted = new ArrayList<>();
        while (registered().size() < session.getCapacity()) {
            Optional<Registration> next = promoteFirstWaiting();
            if (next.isEmpty()) {
                break;
            }
            promoted.add(next.get());
        }
        return promoted;
    }

    /** Records who came among the registered: those named came, the others did not. */
    public void recordAttendance(Set<Long> present) {
        if (session.getStatus() == SessionStatus.CANCELLED) {
            throw BusinessException.conflict("Cette réunion est annulée : personne n’y est venu.");
        }
        for (Registration registration : registered()) {
            registration.attend(present.contains(registration.getId()));
        }
    }

    public List<Registration> registered() {
        return registrations.stream().filter(r -> r.getStatus() == Registration.Status.REGISTERED).toList();
    }

    public List<Registration> waiting() {
        return registrations.stream().filter(r -> r.getStatus() == Registration.Status.WAITING).toList();
    }

    public int placesLeft() {
        return Math.max(0, session.getCapacity() - registered().size());
    }

    /** Whether someone of this organisation came. */
    public boolean represented(Long organisationId) {
        return registered().stream().anyMatch(r -> Boolean.TRUE.equals(r.getAttended())
                && r.getOrganisation() != null && Objects.equals(r.getOrganisation().getId(), organisationId));
    }

    public Session session() {
        return session;
    }

    private Optional<Registration> promoteFirstWaiting() {
        Optional<Registration> first = waiting().stream().findFirst();
        first.ifPresent(Registration::promote);
        return first;
    }

    private List<Registration> active() {
        return registrations.stream().filter(r -> r.getStatus() != Registration.Status.CANCELLED).toList();
    }
}
