package fr.fabrikaprojets.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PageParametersTest {

    @Test
    void anIdIsReadWhenItIsANumberAndOnlyThen() {
        assertEquals(42L, PageParameters.id(" 42 "));
        assertNull(PageParameters.id("4x2"));
        assertNull(PageParameters.id("' OR 1=1 --"));
        assertNull(PageParameters.id(null));
    }

    @Test
    void aPositionInAListStartsAtTheTopWhenAbsentMalformedNegativeOrTooLarge() {
        assertEquals(30, PageParameters.offset("30"));
        assertEquals(0, PageParameters.offset(null));
        assertEquals(0, PageParameters.offset("trente"));
        assertEquals(0, PageParameters.offset("-15"));
        assertEquals(0, PageParameters.offset("99999999999"));
    }

    @Test
    void aBlankTextParameterIsNoParameter() {
        assertEquals("62510", PageParameters.text("62510"));
        assertNull(PageParameters.text("  "));
        assertNull(PageParameters.text(""));
        assertNull(PageParameters.text(null));
    }
}
