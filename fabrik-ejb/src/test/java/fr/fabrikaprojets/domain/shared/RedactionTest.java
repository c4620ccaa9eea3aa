package fr.fabrikaprojets.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactionTest {

    private final Redaction leonie = Redaction.of(List.of("Léonie Vasseur", "Mme Vasseur"),
            List.of("leonie.vasseur@example.org"), List.of("0612345678"));

    @Test
    void namesAreBlottedOutWhateverTheirCase() {
        assertEquals("Présenté par [anonymisé] ; [anonymisé] viendra.",
                leonie.apply("Présenté par LÉONIE VASSEUR ; mme vasseur viendra."));
    }

    @Test
    void aPhoneNumberIsFoundWithOrWithoutSeparatorsAndTheAddressInAnyCase() {
        assertEquals("Appeler le [anonymisé] ou le [anonymisé], écrire à [anonymisé].",
                leonie.apply("Appeler le 06 12 34 56 78 ou le 06.12.34.56.78, écrire à Leonie.Vasseur@example.org."));
    }

    @Test
    void theLongestIdentifierWinsSoThatNoHalfNameIsLeft() {
        Redaction both = Redaction.of(List.of("Vasseur", "Léonie Vasseur"), List.of(), List.of());
        assertEquals("[anonymisé] et [anonymisé]", both.apply("Léonie Vasseur et Vasseur"));
    }

    @Test
    void otherTextsAndRegexCharactersAreLeftAlone() {
        Redaction odd = Redaction.of(List.of("A.B (test)"), List.of(), List.of());
        assertEquals("AxB (test) reste ; [anonymisé] part.", odd.apply("AxB (test) reste ; a.b (TEST) part."));
        assertEquals("Le jardin des Provinces.", leonie.apply("Le jardin des Provinces."));
    }

    @Test
    void shortOrMissingIdentifiersRedactNothing() {
        Redaction nothing = Redaction.of(Arrays.asList("Li", null, " "), Arrays.asList((String) null),
                List.of("12"));
        assertEquals("Li habite ici, 12 rue Haute.", nothing.apply("Li habite ici, 12 rue Haute."));
        assertNull(leonie.apply(null));
        assertFalse(nothing.finds("Li"));
    }

    @Test
    void aRedactedTextIsCutToItsColumn() {
        Redaction li = Redaction.of(List.of("Lou"), List.of(), List.of());
        assertEquals("Par [anon", li.apply("Par Lou", 9));
        assertTrue(li.finds("lou"));
    }
}
