package fr.fabrikaprojets.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PageAddressTest {

    @Test
    void theFiltersNamedAreReadAndABlankOneIsNoFilter() {
        PageAddress address = PageAddress.of(Map.of("theme", "CULTURE", "q", " ", "other", "x", "debut", "40"),
                "q", "theme", "commune");
        assertEquals("CULTURE", address.get("theme"));
        assertNull(address.get("q"));
        assertNull(address.get("commune"));
        assertNull(address.get("other"), "a parameter the page does not name is not one of its filters");
        assertEquals(40, address.getFirst());
    }

    @Test
    void aLinkOfThePageWritesItsFiltersBackEncodedInTheOrderNamed() {
        PageAddress address = PageAddress.of(Map.of("theme", "CULTURE", "q", "café & théâtre", "debut", "20"),
                "q", "theme", "commune");
        assertEquals("debut=40&q=caf%C3%A9+%26+th%C3%A9%C3%A2tre&theme=CULTURE", address.query("debut", 40));
        assertEquals("format=csv&q=caf%C3%A9+%26+th%C3%A9%C3%A2tre&theme=CULTURE", address.query("format", "csv"));
    }

    @Test
    void eachPagerOfAPageWithTwoListsKeepsTheOthersPage() {
        PageAddress address = PageAddress.of(Map.of("theme", "SPORT", "debut", "10", "debutTf", "5"),
                "theme", "debut", "debutTf");
        assertEquals("debut=20&theme=SPORT&debutTf=5", address.query("debut", 20));
        assertEquals("debutTf=10&theme=SPORT&debut=10", address.query("debutTf", 10));
    }

    @Test
    void aMalformedOrNegativeFirstRowIsTheTop() {
        assertEquals(0, PageAddress.of(Map.of("debut", "-20")).getFirst());
        assertEquals(0, PageAddress.of(Map.of("debut", "vingt")).getFirst());
        assertEquals(0, PageAddress.of(Map.of()).getFirst());
    }
}
