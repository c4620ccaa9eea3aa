package fr.fabrikaprojets.view;

/** Reading what a form or a query string sent, where a wrong value means "nothing chosen" rather than an error. */
public final class FormValues {

    private FormValues() {
    }

    /** The constant named {@code value}, or null when it is empty or names none. */
    public static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
