package fr.fabrikaprojets.domain.shared;

import java.util.Locale;

/**
 * The languages Fabrik speaks: French first and complete, English complete too. A person's language is kept as its
 * tag ("fr", "en") with what they wrote or chose, so that what Fabrik sends them later (e-mails) is in that language.
 */
public final class Language {

    public static final String FRENCH = "fr";
    public static final String ENGLISH = "en";

    private Language() {
    }

    /** The supported language closest to a tag or locale ("en-GB" → "en"); French for anything else or nothing. */
    public static String supported(String tag) {
        return tag != null && tag.strip().toLowerCase(Locale.ROOT).startsWith(ENGLISH) ? ENGLISH : FRENCH;
    }

    /** As {@link #supported(String)}, or null when nothing was chosen. */
    public static String chosen(String tag) {
        return tag == null || tag.isBlank() ? null : supported(tag);
    }

    public static Locale locale(String tag) {
        return Locale.forLanguageTag(supported(tag));
    }
}
