package fr.fabrikaprojets.application;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a longer list, with the total so that pages can be numbered.
 *
 * @param items the rows of this page
 * @param first index of the first row (0-based)
 * @param size  the page size asked for
 * @param total how many rows there are in all
 */
public record Page<T>(List<T> items, int first, int size, long total) implements Serializable {

    public static final int MAX_SIZE = 100;

    /** Keeps a requested page inside sane bounds: 1 to {@link #MAX_SIZE} rows, never before the start. */
    public static int boundedSize(int size) {
        return Math.max(1, Math.min(size, MAX_SIZE));
    }

    public static int boundedFirst(int first) {
        return Math.max(0, first);
    }
}
