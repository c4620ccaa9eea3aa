package fr.fabrikaprojets.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fabrikaprojets.domain.model.organisation.Offer;
import fr.fabrikaprojets.domain.model.organisation.OrganisationKind;
import fr.fabrikaprojets.domain.model.project.Field;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The directory's files are written in their reader's language and read back in either. */
class DirectoryColumnsTest {

    @Test
    void everyKindThemeAndOfferReadsBackFromItsFrenchItsEnglishAndItsName() {
        for (Map<? extends Enum<?>, String> labels : List.of(DirectoryColumns.KINDS, DirectoryColumns.THEME_LABELS,
                DirectoryColumns.OFFER_LABELS)) {
            readsBack(labels, "fr");
            readsBack(labels, "en");
        }
        assertEquals(OrganisationKind.PUBLIC_BODY, DirectoryColumns.lookup(DirectoryColumns.KINDS, " Public Body "));
        assertEquals(OrganisationKind.PUBLIC_BODY, DirectoryColumns.lookup(DirectoryColumns.KINDS, "collectivite"));
        assertEquals(Offer.TRAINING, DirectoryColumns.lookup(DirectoryColumns.OFFER_LABELS, "formation"));
        assertEquals(Field.EDUCATION, DirectoryColumns.lookup(DirectoryColumns.THEME_LABELS, "EDUCATION"));
        assertNull(DirectoryColumns.lookup(DirectoryColumns.OFFER_LABELS, "argent"));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void readsBack(Map labels, String language) {
        DirectoryColumns words = DirectoryColumns.in(language);
        for (Object value : labels.keySet()) {
            String label = words.label(labels, (Enum) value);
            assertFalse(label.isBlank(), value + " in " + language);
            assertEquals(value, DirectoryColumns.lookup(labels, label), "“" + label + "” in " + language);
            assertEquals(value, DirectoryColumns.lookup(labels, ((Enum<?>) value).name()));
        }
    }

    @Test
    void columnsAndTheWholeTerritoryAreWrittenInTheReadersLanguageAndReadInBoth() {
        assertEquals(List.of("nom", "courriel", "telephone", "organisation", "fonction"),
                DirectoryColumns.in("fr").names(DirectoryColumns.PERSON_COLUMNS));
        assertEquals(List.of("name", "email", "phone", "organisation", "role"),
                DirectoryColumns.in("en").names(DirectoryColumns.PERSON_COLUMNS));
        assertEquals("short_name", DirectoryColumns.in("en").name(DirectoryColumns.SHORT_NAME));
        assertEquals("whole territory", DirectoryColumns.in("en").wholeTerritory());
        assertTrue(DirectoryColumns.wholeTerritory("Tout le territoire"));
        assertTrue(DirectoryColumns.wholeTerritory("whole territory"));
        assertFalse(DirectoryColumns.wholeTerritory("Lens"));
        assertEquals("funding, advice, premises, equipment, training, volunteers",
                DirectoryColumns.in("en").choices(DirectoryColumns.OFFER_LABELS));
        assertEquals("financement, conseil, locaux, matériel, formation, bénévoles",
                DirectoryColumns.in("fr").choices(DirectoryColumns.OFFER_LABELS));
    }
}
