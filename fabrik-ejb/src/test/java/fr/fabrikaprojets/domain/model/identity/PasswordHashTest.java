package fr.fabrikaprojets.domain.model.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void theRightPasswordMatchesAndAnotherDoesNot() {
        PasswordHash hash = PasswordHash.of("fabrik".toCharArray());
        assertTrue(hash.matches("fabrik".toCharArray()));
        assertFalse(hash.matches("Fabrik".toCharArray()));
    }
}
