package fr.fabrikaprojets.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
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
    void aPageTurnedIntoOtherRowsKeepsItsPlaceAndItsCount() {
        Page<String> names = Page.atLeast(List.of("a", "bb"), 20, 2, 100).map(name -> name + name.length());
        assertEquals(List.of("a1", "bb2"), names.getItems());
        assertEquals(20, names.getFirst());
        assertEquals(2, names.getSize());
        assertFalse(names.isExact(), "a list counted only so far stays so");
        assertTrue(names.hasNext());
    }

    @Test
    void aCountedPageHasANextPageWhileRowsRemainAfterIt() {
        assertTrue(new Page<>(List.of("a", "b"), 0, 2, 3).hasNext());
        assertFalse(new Page<>(List.of("c"), 2, 2, 3).hasNext());
    }

    @Test
    void aListIsCountedTenPagesAheadFromOneReadOfItsIdsThatAlsoGivesThePage() {
        List<Integer> asked = new ArrayList<>();
        Page<String> first = Page.counted(0, 2, cap -> {
            asked.add(cap);
            return ids(1, cap);
        }, from -> fail("the page comes from the ids read"), cap -> fail("no count beside the ids read"),
                PageTest::rows);
        assertEquals(List.of(21), asked, "ten pages of two, and one row more");
        assertEquals(List.of("row 1", "row 2"), first.getItems());
        assertFalse(first.isExact());
        assertEquals(20, first.getTotal(), "the rows known to exist");
        assertTrue(first.hasNext());

        Page<String> third = Page.counted(4, 2, cap -> ids(1, 7), from -> fail(""), cap -> fail(""), PageTest::rows);
        assertEquals(List.of("row 5", "row 6"), third.getItems());
        assertTrue(third.isExact());
        assertEquals(7, third.getTotal());
    }

    @Test
    void aDeepPageIsReadAloneAndCountedTenPagesBeyondItAndTheNextOnesStayReachable() {
        Page<String> far = Page.counted(5000, 2, cap -> fail("not thousands of ids"), from -> ids(from + 1, 2),
                cap -> cap, PageTest::rows);
        assertEquals(List.of("row 5001", "row 5002"), far.getItems());
        assertFalse(far.isExact());
        assertTrue(far.hasNext(), "beyond any fixed cap, the next page is still offered");
        assertEquals(5020, far.getTotal());
        Page<String> last = Page.counted(5000, 2, cap -> fail(""), from -> ids(from + 1, 1),
                cap -> fail("the last page is not counted"), PageTest::rows);
        assertEquals(5001, last.getTotal());
        assertTrue(last.isExact());
        assertEquals(7, Page.counted(5000, 2, cap -> fail(""), from -> List.of(), cap -> 7, PageTest::rows)
                .getTotal(), "a page beyond the end counts, so that the list says how many there are");
    }

    private static List<Long> ids(long from, long count) {
        return LongStream.range(from, from + count).boxed().toList();
    }

    private static List<String> rows(List<Long> ids) {
        return ids.stream().map(id -> "row " + id).toList();
    }
}
