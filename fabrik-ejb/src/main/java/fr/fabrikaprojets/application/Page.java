package fr.fabrikaprojets.application;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a longer list, with the total so that pages can be numbered. A class with getters rather than a
 * record, because Faces pages (Expression Language 5) read bean properties only.
 */
public final class Page<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_SIZE = 100;

    private final List<T> items;
    private final int first;
    private final int size;
    private final long total;

    /**
     * @param items the rows of this page
     * @param first index of the first row (0-based)
     * @param size  the page size asked for
     * @param total how many rows there are in all
     */
    public Page(List<T> items, int first, int size, long total) {
        this.items = List.copyOf(items);
        this.first = first;
        this.size = size;
        this.total = total;
    }

    /**
     * A page whose total is not counted, for lists read forwards only (a timeline): {@code rows} holds up to
     * {@code size + 1} rows, the extra one only telling that a next page exists. The total is then a lower bound.
     */
    public static <T> Page<T> probed(List<T> rows, int first, int size) {
        return new Page<>(rows.subList(0, Math.min(size, rows.size())), first, size, (long) first + rows.size());
    }

    /** Keeps a requested page inside sane bounds: 1 to {@link #MAX_SIZE} rows. */
    public static int boundedSize(int size) {
        return Math.max(1, Math.min(size, MAX_SIZE));
    }

    /** Never before the start. */
    public static int boundedFirst(int first) {
        return Math.max(0, first);
    }

    public boolean hasNext() {
        return first + size < total;
    }

    /** For pages' pagers ({@code #{backing.page.hasNext}}): whether a next page exists. */
    public boolean isHasNext() {
        return hasNext();
    }

    public boolean isHasPrevious() {
        return first > 0;
    }

    /** Where the previous page starts. */
    public int getPreviousFirst() {
        return Math.max(0, first - size);
    }

    /** Where the next page starts. */
    public int getNextFirst() {
        return first + size;
    }

    public List<T> getItems() {
        return items;
    }

    public int getFirst() {
        return first;
    }

    public int getSize() {
        return size;
    }

    public long getTotal() {
        return total;
    }
}
