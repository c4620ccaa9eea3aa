package fr.fabrikaprojets.domain.model.event;

import fr.fabrikaprojets.domain.shared.BusinessException;

/** The checks every text of a temps fort goes through: trimmed, within its column, free of markup. */
final class EventTexts {

    private EventTexts() {
    }

    static String required(String text, int max, String what) {
        String kept = optional(text, max, what);
        if (kept == null) {
            throw BusinessException.invalid(what + " est nécessaire.");
        }
        return kept;
    }

    static String optional(String text, int max, String what) {
        String stripped = text == null || text.isBlank() ? null : text.strip();
        if (stripped != null && stripped.length() > max) {
            throw BusinessException.invalid(what + " ne peut pas dépasser " + max + " caractères.");
        }
        if (stripped != null && (stripped.contains("<") || stripped.contains(">"))) {
            throw BusinessException.invalid(what + " ne peut pas contenir les caractères < et >.");
        }
        return stripped;
    }
}
