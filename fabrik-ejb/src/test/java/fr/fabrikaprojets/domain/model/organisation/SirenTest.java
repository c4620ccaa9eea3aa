package fr.fabrikaprojets.domain.model.organisation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SirenTest {

    @ParameterizedTest
    @ValueSource(strings = {"226200012", "246200364", "216200014"})
    void sirenNumbersOfTheReferenceDataAreValid(String siren) {
        assertTrue(Siren.isValid(siren));
    }

    @ParameterizedTest
    @ValueSource(strings = {"226200013", "24620036", "2462003640", "24620036A", ""})
    void wrongKeysAndLengthsAreRefused(String siren) {
        assertFalse(Siren.isValid(siren));
    }
}
