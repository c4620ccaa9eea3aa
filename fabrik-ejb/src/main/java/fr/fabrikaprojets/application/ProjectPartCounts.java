package fr.fabrikaprojets.application;

import java.io.Serializable;

/**
 * How many rows of each part of a project's page the reader may read: the page shows one part at a time, and says
 * in each of its tabs how much the others hold.
 */
public final class ProjectPartCounts implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int presentations;
    private final int advice;
    private final int orientations;
    private final int actions;
    private final int documents;
    private final int bookings;

    public ProjectPartCounts(int presentations, int advice, int orientations, int actions, int documents,
            int bookings) {
        this.presentations = presentations;
        this.advice = advice;
        this.orientations = orientations;
        this.actions = actions;
        this.documents = documents;
        this.bookings = bookings;
    }

    /** The rows of {@code part}; none for the summary, which is no list. */
    public int of(ProjectFile.Part part) {
        return switch (part) {
            case SUMMARY -> 0;
            case PRESENTATIONS -> presentations;
            case ADVICE -> advice;
            case ORIENTATIONS -> orientations;
            case ACTIONS -> actions;
            case DOCUMENTS -> documents;
            case BOOKINGS -> bookings;
        };
    }
}
