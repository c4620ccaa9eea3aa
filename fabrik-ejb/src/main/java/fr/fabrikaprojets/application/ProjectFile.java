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
import java.time.Instant;
import java.util.List;

/**
 * One part of a project's page, read in one call and one transaction, filtered for the reader: the project, how
 * many rows each part holds, and the rows of the part shown (one page of its timeline for the summary; its
 * presentations, advice, orientations, next steps, documents or resource bookings otherwise), with, for the
 * coordination, what the part's open form offers to choose from (coming sessions, partners' members).
 */
public final class ProjectFile implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The parts of a project's page, shown one at a time: the whole page at once was five to six times as long to
     * build as an empty page, above the benchmark's target (BENCHMARKS.md, run 34), and long to go through.
     */
    public enum Part {
        /** What the project is, its state and its timeline. */
        SUMMARY,
        PRESENTATIONS,
        ADVICE,
        ORIENTATIONS,
        ACTIONS,
        DOCUMENTS,
        BOOKINGS
    }

    /** What a coordination form offers to choose from, read only when that form is open. */
    public enum Choices {
        /** Coming sessions where a presentation can be booked. */
        SESSIONS,
        /** Partners' members who can be asked for advice. */
        EXPERTS,
        /** The sessions where the project was presented, in which an orientation may have been given. */
        PRESENTED_SESSIONS
    }

    private final Project project;
    private final Part part;
    private final ProjectPartCounts counts;
    private final Page<TimelineEntry> timeline;
    private final List<Presentation> presentations;
    private final List<Advice> advice;
    private final List<Orientation> orientations;
    private final List<Action> actions;
    private final List<Document> documents;
    private final List<Booking> bookings;
    private final List<Session> bookableSessions;
    private final List<PartnerMember> experts;

    private ProjectFile(Builder read) {
        this.project = read.project;
        this.part = read.part;
        this.counts = read.counts;
        this.timeline = read.timeline;
        this.presentations = List.copyOf(read.presentations);
        this.advice = List.copyOf(read.advice);
        this.orientations = List.copyOf(read.orientations);
        this.actions = List.copyOf(read.actions);
        this.documents = List.copyOf(read.documents);
        this.bookings = List.copyOf(read.bookings);
        this.bookableSessions = List.copyOf(read.bookableSessions);
        this.experts = List.copyOf(read.experts);
    }

    /** A file of {@code part} of {@code project}, its lists empty until given. */
    public static Builder of(Project project, Part part, ProjectPartCounts counts) {
        return new Builder(project, part, counts);
    }

    public Project getProject() {
        return project;
    }

    public Part getPart() {
        return part;
    }

    public ProjectPartCounts getCounts() {
        return counts;
    }

    /** The page of the timeline read, for the summary; an empty page for the other parts. */
    public Page<TimelineEntry> getTimeline() {
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

    /** The lists of a file being read; those its part does not show stay empty. */
    public static final class Builder {

        private final Project project;
        private final Part part;
        private final ProjectPartCounts counts;
        private Page<TimelineEntry> timeline = new Page<>(List.of(), 0, 0, 0);
        private List<Presentation> presentations = List.of();
        private List<Advice> advice = List.of();
        private List<Orientation> orientations = List.of();
        private List<Action> actions = List.of();
        private List<Document> documents = List.of();
        private List<Booking> bookings = List.of();
        private List<Session> bookableSessions = List.of();
        private List<PartnerMember> experts = List.of();

        private Builder(Project project, Part part, ProjectPartCounts counts) {
            this.project = project;
            this.part = part;
            this.counts = counts;
        }

        public Builder timeline(Page<TimelineEntry> page) {
            this.timeline = page;
            return this;
        }

        public Builder presentations(List<Presentation> list) {
            this.presentations = list;
            return this;
        }

        public Builder advice(List<Advice> list) {
            this.advice = list;
            return this;
        }

        public Builder orientations(List<Orientation> list) {
            this.orientations = list;
            return this;
        }

        public Builder actions(List<Action> list) {
            this.actions = list;
            return this;
        }

        public Builder documents(List<Document> list) {
            this.documents = list;
            return this;
        }

        public Builder bookings(List<Booking> list) {
            this.bookings = list;
            return this;
        }

        public Builder bookableSessions(List<Session> list) {
            this.bookableSessions = list;
            return this;
        }

        public Builder experts(List<PartnerMember> list) {
            this.experts = list;
            return this;
        }

        public ProjectFile build() {
            return new ProjectFile(this);
        }
    }

    /**
     * An event of the project's timeline, as a value: the summary's page of them is the same for every reader of the
     * project, and is kept for them all until the next change.
     */
    public static final class TimelineEntry implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Instant occurredAt;
        private final String actor;
        private final String description;

        public TimelineEntry(TimelineEvent event) {
            occurredAt = event.getOccurredAt();
            actor = event.getActor();
            description = event.getDescription();
        }

        public Instant getOccurredAt() {
            return occurredAt;
        }

        public String getActor() {
            return actor;
        }

        public String getDescription() {
            return description;
        }
    }
}
