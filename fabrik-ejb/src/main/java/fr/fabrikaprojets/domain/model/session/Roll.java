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
 * The registrations of one gathering: within its capacity, then on a waiting list promoted in order of registration
 * when someone cancels; then who came.
 *
 * @param <E> the registrations of this kind of gathering
 */
public abstract class Roll<E extends Enrolment> {

    private final Gathering gathering;
    private final List<E> enrolments;

    protected Roll(Gathering gathering, List<E> enrolments) {
        this.gathering = gathering;
        this.enrolments = new ArrayList<>(enrolments);
        this.enrolments.sort(Comparator.comparing(Enrolment::getRegisteredAt)
                .thenComparing(Enrolment::getId, Comparator.nullsLast(Comparator.naturalOrder())));
    }

    /** A new registration of this gathering. */
    protected abstract E enrol(Participant participant, Enrolment.Status status, Instant at);

    public E register(Participant participant, Instant at) {
        if (gathering.isClosed()) {
            throw BusinessException.conflict(capitalised(gathering.thisOne()) + " est " + gathering.stateLabel()
                    + " : les inscriptions sont closes.");
        }
        if (participant.email() != null && active().stream()
                .anyMatch(r -> participant.email().equals(r.getEmail()))) {
            throw BusinessException.conflict("L’adresse " + participant.email() + " est déjà inscrite à "
                    + gathering.thisOne() + ".");
        }
        Enrolment.Status status = registered().size() < gathering.getCapacity() ? Enrolment.Status.REGISTERED
                : Enrolment.Status.WAITING;
        E enrolment = enrol(participant, status, at);
        enrolments.add(enrolment);
        return enrolment;
    }

    /** Cancels a registration; the first on the waiting list takes the freed place, and is returned. */
    public Optional<E> cancel(E enrolment) {
        if (enrolment.getStatus() == Enrolment.Status.CANCELLED) {
            throw BusinessException.conflict("Cette inscription est déjà annulée.");
        }
        boolean freesAPlace = enrolment.getStatus() == Enrolment.Status.REGISTERED;
        enrolment.cancel();
        return freesAPlace ? promoteFirstWaiting() : Optional.empty();
    }

    /** After the capacity grows, the waiting list moves up as far as it can; returns those promoted. */
    public List<E> fill() {
        List<E> promoted = new ArrayList<>();
        while (registered().size() < gathering.getCapacity()) {
            Optional<E> next = promoteFirstWaiting();
            if (next.isEmpty()) {
                break;
            }
            promoted.add(next.get());
        }
        return promoted;
    }

    /** Records who came among the registered: those named came, the others did not. */
    public void recordAttendance(Set<Long> present) {
        if (gathering.isCancelled()) {
            throw BusinessException.conflict(capitalised(gathering.thisOne()) + " est " + gathering.stateLabel()
                    + " : personne n’y est venu.");
        }
        for (E enrolment : registered()) {
            enrolment.attend(present.contains(enrolment.getId()));
        }
    }

    public List<E> registered() {
        return enrolments.stream().filter(r -> r.getStatus() == Enrolment.Status.REGISTERED).toList();
    }

    public List<E> waiting() {
        return enrolments.stream().filter(r -> r.getStatus() == Enrolment.Status.WAITING).toList();
    }

    public int placesLeft() {
        return Math.max(0, gathering.getCapacity() - registered().size());
    }

    /** Whether someone of this organisation came. */
    public boolean represented(Long organisationId) {
        return registered().stream().anyMatch(r -> Boolean.TRUE.equals(r.getAttended())
                && r.getOrganisation() != null && Objects.equals(r.getOrganisation().getId(), organisationId));
    }

    private Optional<E> promoteFirstWaiting() {
        Optional<E> first = waiting().stream().findFirst();
        first.ifPresent(Enrolment::promote);
        return first;
    }

    private List<E> active() {
        return enrolments.stream().filter(r -> r.getStatus() != Enrolment.Status.CANCELLED).toList();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
