package fr.fabrikaprojets.domain.model.presentation;

import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.session.Session;
import fr.fabrikaprojets.domain.shared.BusinessException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The presentations of one session in their order, fitted inside its hours (09:00–12:00 by default): a booking or a
 * longer slot that would run past the end is refused, saying how many minutes are left.
 */
public final class Agenda {

    private final Session session;
    private final List<Presentation> presentations;

    public Agenda(Session session, List<Presentation> presentations) {
        this.session = session;
        this.presentations = new ArrayList<>(presentations);
        this.presentations.sort(Comparator.comparingInt(Presentation::getPosition).thenComparing(Presentation::getId,
                Comparator.nullsLast(Comparator.naturalOrder())));
    }

    public Presentation book(Project project, int minutes, String bookedBy, Instant at) {
        requireOpen();
        if (project.getState().isClosed()) {
            throw BusinessException.conflict("Ce projet est " + project.getState().label()
                    + " : il ne sera plus présenté.");
        }
        if (!Objects.equals(project.getPlatform().getId(), session.getPlatform().getId())) {
            throw BusinessException.invalid("Ce projet n’appartient pas à la plateforme de cette réunion.");
        }
        if (presentations.stream().anyMatch(p -> p.getProject() == project
                || project.getId() != null && project.getId().equals(p.getProject().getId()))) {
            throw BusinessException.conflict("Ce projet est déjà à l’ordre du jour de cette réunion.");
        }
        Presentation.requireDuration(minutes);
        requireRoom(minutes, null);
        Presentation booked = new Presentation(session, project, presentations.size() + 1, minutes, bookedBy, at);
        presentations.add(booked);
        return booked;
    }

    /** Puts the presentations in the given order; the list must name each of them once. */
    public void reorder(List<Long> presentationIds) {
        requireOpen();
        List<Long> current = presentations.stream().map(Presentation::getId).sorted().toList();
        if (presentationIds == null || !current.equals(presentationIds.stream().sorted().toList())) {
            throw BusinessException.conflict("L’ordre du jour a changé pendant que vous le modifiiez. Rechargez la "
                    + "page pour voir le nouvel ordre du jour.");
        }
        for (int i = 0; i < presentationIds.size(); i++) {
            Long wanted = presentationIds.get(i);
            int position = i + 1;
            presentations.stream().filter(p -> p.getId().equals(wanted)).findFirst()
                    .ifPresent(p -> p.placeAt(position));
        }
        presentations.sort(Comparator.comparingInt(Presentation::getPosition));
    }

    public void changeDuration(Presentation presentation, int minutes) {
        requireOpen();
        Presentation.requireDuration(minutes);
        requireRoom(minutes, presentation);
        presentation.changeDuration(minutes);
    }

    /** Takes a presentation off the agenda and closes the gap it leaves. */
    public void remove(Presentation presentation) {
        requireOpen();
        if (presentation.getMinutesStatus() != MinutesStatus.NONE) {
            throw BusinessException.conflict("Cette présentation a un compte rendu : elle reste à l’ordre du jour.");
        }
        presentations.remove(presentation);
        for (int i = 0; i < presentations.size(); i++) {
            presentations.get(i).placeAt(i + 1);
        }
    }

    /** Minutes still free in the session's hours. */
    public long minutesLeft() {
        return capacity() - presentations.stream().mapToInt(Presentation::getDurationMinutes).sum();
    }

    /** When each presentation starts, in agenda order. */
    public List<LocalTime> startTimes() {
        List<LocalTime> starts = new ArrayList<>();
        LocalTime next = session.getStartTime();
        for (Presentation presentation : presentations) {
            starts.add(next);
            next = next.plusMinutes(presentation.getDurationMinutes());
        }
        return starts;
    }

    public Session session() {
        return session;
    }

    public List<Presentation> presentations() {
        return List.copyOf(presentations);
    }

    private long capacity() {
        return Duration.between(session.getStartTime(), session.getEndTime()).toMinutes();
    }

    private void requireRoom(int minutes, Presentation replaced) {
        long left = minutesLeft() + (replaced == null ? 0 : replaced.getDurationMinutes());
        if (minutes > left) {
            throw BusinessException.conflict("L’ordre du jour de cette réunion est complet : il reste " + left
                    + " minutes entre " + session.getStartTime() + " et " + session.getEndTime() + ", la présentation "
                    + "en demande " + minutes + ". Raccourcissez une présentation ou choisissez une autre réunion.");
        }
    }

    private void requireOpen() {
        if (session.isClosed()) {
            throw BusinessException.conflict("Cette réunion est " + session.getStatus().label()
                    + " : son ordre du jour ne change plus.");
        }
    }
}
