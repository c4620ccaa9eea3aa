package fr.fabrikaprojets.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void aProbedPageShowsTheRowsAskedAndKnowsANextPageFromTheExtraRow() {
        Page<String> page = Page.probed(List.of("a", "b", "c"), 10, 2);
        assertEquals(List.of("a", "b"), page.getItems(), "the extra row is not shown");
        assertTrue(page.hasNext());
        assertTrue(page.isHasPrevious());
        assertEquals(12, page.getNextFirst());
        assertEquals(8, page.getPreviousFirst());
    }

    @Test
    void aProbedPageWithoutTheExtraRowIsTheLast() {
        Page<String> full = Page.probed(List.of("a", "b"), 0, 2);
        assertEquals(List.of("a", "b"), full.getItems());
        assertFalse(full.hasNext(), "exactly a page of rows, nothing after");
        assertFalse(full.isHasPrevious());
        assertFalse(Page.probed(List.<String>of(), 4, 2).hasNext());
    }

    @Test
    void aCountedPageHasANextPageWhileRowsRemainAfterIt() {
        assertTrue(new Page<>(List.of("a", "b"), 0, 2, 3).hasNext());
        assertFalse(new Page<>(List.of("c"), 2, 2, 3).hasNext());
    }

    @Test
    void aLongListIsCountedTenPagesAheadAndItsNextPagesStayReachable() {
        List<Long> caps = new ArrayList<>();
        Page<String> first = Page.counted(List.of("a", "b"), 0, 2, cap -> {
            caps.add(cap);
            return cap;
        });
        assertEquals(List.of(21L), caps, "counted up to ten pages of two, and one row more");
        assertFalse(first.isExact());
        assertEquals(20, first.getTotal(), "the rows known to exist");
        Page<String> far = Page.counted(List.of("y", "z"), 5000, 2, cap -> cap);
        assertTrue(far.hasNext(), "beyond any fixed cap, the next page is still offered");
        assertEquals(5020, far.getTotal());
    }

    @Test
    void aListShorterThanTheCapIsCountedExactly() {
        Page<String> page = Page.counted(List.of("a", "b"), 0, 2, cap -> 7);
        assertTrue(page.isExact());
        assertEquals(7, page.getTotal());
        assertFalse(Page.counted(List.of("g"), 6, 2, cap -> 7).hasNext());
    }

    @Test
    void aPageShorterThanAskedIsTheLastAndIsNotCounted() {
        Page<String> page = Page.counted(List.of("a"), 4, 2, cap -> {
            throw new AssertionError("no count for the last page");
        });
        assertEquals(5, page.getTotal());
        assertTrue(page.isExact());
        assertEquals(3, Page.counted(List.<String>of(), 8, 2, cap -> 3).getTotal(),
                "a page beyond the end counts, so that the list says how many there are");
    }
}
