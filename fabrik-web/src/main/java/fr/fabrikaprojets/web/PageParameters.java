package fr.fabrikaprojets.web;

/**
 * Reads the parameters pages receive in their address. A malformed value is treated as absent, so that the page
 * answers "not found" instead of a conversion error.
 *
 * <pre>
 * Long id = PageParameters.id("42");    // 42
 * Long none = PageParameters.id("4x2"); // null
 * PageParameters.year(null);           // this year, in Paris
 * PageParameters.year("20x1");         // empty: not a four-digit year
 * PageParameters.offset("-3");         // 0
 * </pre>
 */
public final class PageParameters {

    private PageParameters() {
    }

    /** The year asked for, this year (Europe/Paris) when none is given, or empty when it is not four digits. */
    public static java.util.OptionalInt year(String value) {
        if (value == null || value.isBlank()) {
            return java.util.OptionalInt.of(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).getYear());
        }
        String year = value.strip();
        return year.matches("[0-9]{4}") ? java.util.OptionalInt.of(Integer.parseInt(year))
                : java.util.OptionalInt.empty();
    }

    public static Long id(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A position in a list ({@code historique}): 0 when absent, malformed or negative. */
    public static int offset(String value) {
        Long offset = id(value);
        return offset == null || offset < 0 || offset > Integer.MAX_VALUE ? 0 : offset.intValue();
    }

    /** A text parameter ({@code commune}, {@code etat}…) as given, or null when absent or blank: no filter. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
