package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.advice.Advice;
import fr.fabrikaprojets.domain.model.document.Document;
import fr.fabrikaprojets.domain.model.orientation.Orientation;
import fr.fabrikaprojets.domain.model.presentation.Presentation;
import fr.fabrikaprojets.domain.model.project.Action;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.project.TimelineEvent;
import fr.fabrikaprojets.domain.model.resource.Booking;
import fr.fabrikaprojets.domain.model.session.Session;
import java.io.Serializable;
import java.util.List;

/**
 * Everything a project's page shows, read in one call and one transaction, filtered for the reader: the project,
 * one page of its timeline, its presentations, advice, orientations, next steps, documents and resource bookings,
 * and, for the coordination, what its forms offer to choose from (coming sessions, partners' members).
 */
public final class ProjectFile implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a coordination form offers to choose from, read only when that form is open. */
    public enum Choices {
        /** Coming sessions where a presentation can be booked. */
        SESSIONS,
        /** Partners' members who can be asked for advice. */
        EXPERTS
    }

    private final Project project;
    private final Page<TimelineEvent> timeline;
    private final List<Presentation> presentations;
    private final List<Advice> advice;
    private final List<Orientation> orientations;
    private final List<Action> actions;
    private final List<Document> documents;
    private final List<Booking> bookings;
    private final List<Session> bookableSessions;
    private final List<PartnerMember> experts;

    public ProjectFile(Project project, Page<TimelineEvent> timeline, List<Presentation> presentations,
            List<Advice> advice, List<Orientation> orientations, List<Action> actions, List<Document> documents,
            List<Booking> bookings, List<Session> bookableSessions, List<PartnerMember> experts) {
        this.project = project;
        this.timeline = timeline;
        this.presentations = List.copyOf(presentations);
        this.advice = List.copyOf(advice);
        this.orientations = List.copyOf(orientations);
        this.actions = List.copyOf(actions);
        this.documents = List.copyOf(documents);
        this.bookings = List.copyOf(bookings);
        this.bookableSessions = List.copyOf(bookableSessions);
        this.experts = List.copyOf(experts);
    }

    public Project getProject() {
        return project;
    }

    public Page<TimelineEvent> getTimeline() {
        return timeline;
    }

    public List<Presentation> getPresentations() {
        return presentations;
    }

    public List<Advice> getAdvice() {
        return advice;
    }

    public List<Orientation> getOrientations() {
        return orientations;
    }

    public List<Action> getActions() {
        return actions;
    }

    public List<Document> getDocuments() {
        return documents;
    }

    public List<Booking> getBookings() {
        return bookings;
    }

    /**
     * Coming sessions, not cancelled nor held, where a presentation can be booked (coordination only, when asked
     * for: {@link Choices#SESSIONS}).
     */
    public List<Session> getBookableSessions() {
        return bookableSessions;
    }

    /** Partners' members who can be asked for advice (coordination only, when asked for: {@link Choices#EXPERTS}). */
    public List<PartnerMember> getExperts() {
        return experts;
    }
}
