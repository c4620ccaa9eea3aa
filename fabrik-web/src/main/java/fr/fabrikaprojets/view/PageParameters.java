package fr.fabrikaprojets.view;

/**
 * Reads the parameters pages receive in their address. A malformed value is treated as absent, so that the page
 * answers "not found" instead of a conversion error.
 *
 * <pre>
 * Long id = PageParameters.id("42");    // 42
 * Long none = PageParameters.id("4x2"); // null
 * </pre>
 */
public final class PageParameters {

    private PageParameters() {
    }

    public static Long id(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
