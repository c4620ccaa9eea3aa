package fr.fabrikaprojets.application;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.LongUnaryOperator;
import java.util.function.Supplier;

/**
 * One page of a longer list, with the total so that pages can be numbered. A class with getters rather than a
 * record, because Faces pages (Expression Language 5) read bean properties only.
 */
public final class Page<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_SIZE = 100;

    /**
     * How many matching ids a list reads at once to give both its page and its total, where a page and a count would
     * each read the filter's joins: far more than a platform's network or catalogue holds (600 organisations after
     * ten years in the benchmark's history).
     */
    public static final int MATCHES_READ_AT_ONCE = 2_000;

    /** How many pages beyond the asked one a {@link #counted} list counts. */
    public static final int PAGES_COUNTED_AHEAD = 10;

    private final List<T> items;
    private final int first;
    private final int size;
    private final long total;
    private final boolean exact;

    /**
     * @param items the rows of this page
     * @param first index of the first row (0-based)
     * @param size  the page size asked for
     * @param total how many rows there are in all
     */
    public Page(List<T> items, int first, int size, long total) {
        this(items, first, size, total, true);
    }

    private Page(List<T> items, int first, int size, long total, boolean exact) {
        this.items = List.copyOf(items);
        this.first = first;
        this.size = size;
        this.total = total;
        this.exact = exact;
    }

    /**
     * Where a list too long to count stops counting: {@link #PAGES_COUNTED_AHEAD} pages beyond the one asked, and one
     * row more to know that there are others. Counting 100,000 rows would cost more than showing twenty, and reading
     * a thousand cost the projects list a fifth of its time.
     */
    public static long countCap(int first, int size) {
        return first + (long) size * PAGES_COUNTED_AHEAD + 1;
    }

    /**
     * A page of a list counted up to {@link #countCap}: while that cap stays within {@link #MATCHES_READ_AT_ONCE}, the
     * ordered ids up to it are read once by {@code idsUpTo} and give both the page and the count, which a page and a
     * count would each have walked; deeper, {@code pageIds} reads the page and {@code countUpTo} counts. When the
     * count reaches the cap, the total is the number of rows known to exist ({@link #isExact()} false) and the next
     * pages stay reachable. A page shorter than asked is the last one and tells its total without counting.
     */
    public static <T> Page<T> counted(int first, int size, IntFunction<List<Long>> idsUpTo,
            IntFunction<List<Long>> pageIds, LongUnaryOperator countUpTo, Function<List<Long>, List<T>> rowsOf) {
        long cap = countCap(first, size);
        if (cap <= MATCHES_READ_AT_ONCE) {
            List<Long> ids = idsUpTo.apply((int) cap);
            List<Long> shown = ids.subList(Math.min(first, ids.size()), Math.min(first + size, ids.size()));
            return countedTo(rowsOf.apply(shown), first, size, ids.size(), cap);
        }
        List<T> items = rowsOf.apply(pageIds.apply(first));
        if (items.size() < size && !items.isEmpty()) {
            return new Page<>(items, first, size, (long) first + items.size());
        }
        return countedTo(items, first, size, countUpTo.applyAsLong(cap), cap);
    }

    private static <T> Page<T> countedTo(List<T> items, int first, int size, long counted, long cap) {
        return counted >= cap ? new Page<>(items, first, size, cap - 1, false) : new Page<>(items, first, size, counted);
    }

    /**
     * A page whose total is not counted, for lists read forwards only (a timeline): {@code rows} holds up to
     * {@code size + 1} rows, the extra one only telling that a next page exists. The total is then a lower bound.
     */
    public static <T> Page<T> probed(List<T> rows, int first, int size) {
        return new Page<>(rows.subList(0, Math.min(size, rows.size())), first, size, (long) first + rows.size());
    }

    /** A page of a list known to hold at least {@code known} rows, not counted further ("more than …"). */
    public static <T> Page<T> atLeast(List<T> items, int first, int size, long known) {
        return new Page<>(items, first, size, known, false);
    }

    /**
     * The page and its total from the ordered ids of every match, read at most {@link #MATCHES_READ_AT_ONCE} + 1 at
     * a time by {@code matches}; a longer list is read by {@code tooMany} as a page and a count.
     */
    public static <T> Page<T> ofMatches(List<Long> matches, int first, int size,
            Function<List<Long>, List<T>> rowsOf, Supplier<Page<T>> tooMany) {
        if (matches.size() > MATCHES_READ_AT_ONCE) {
            return tooMany.get();
        }
        List<Long> shown = matches.subList(Math.min(first, matches.size()), Math.min(first + size, matches.size()));
        return new Page<>(rowsOf.apply(shown), first, size, matches.size());
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

    /** Whether the total counts every row, rather than the rows known to exist ("more than …"). */
    public boolean isExact() {
        return exact;
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

    /** The same page with each row turned into another by {@code row}. */
    public <R> Page<R> map(Function<T, R> row) {
        return new Page<>(items.stream().map(row).toList(), first, size, total, exact);
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
