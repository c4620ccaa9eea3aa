package fr.fabrikaprojets.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
