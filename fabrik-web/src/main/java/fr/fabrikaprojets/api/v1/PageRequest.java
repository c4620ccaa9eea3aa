package fr.fabrikaprojets.api.v1;

import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.domain.shared.BusinessException;

/**
 * The {@code page} (from 1) and {@code size} (1 to 100, 20 by default) query parameters of a list. Anything else
 * is refused in French rather than silently corrected, so that a client sees its mistake.
 */
record PageRequest(int page, int size) {

    static final int DEFAULT_SIZE = 20;
    private static final int MAX_PAGE = 100_000;

    static PageRequest parse(String page, String size) {
        int number = parse("page", page, 1, 1, MAX_PAGE);
        int rows = parse("size", size, DEFAULT_SIZE, 1, Page.MAX_SIZE);
        return new PageRequest(number, rows);
    }

    int first() {
        return (page - 1) * size;
    }

    private static int parse(String name, String value, int absent, int min, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // answered below with the allowed range
        }
        throw BusinessException.invalid("Le paramètre " + name + " doit être un nombre entier de " + min + " à "
                + max + " : « " + value + " » ne convient pas.");
    }
}
