package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.shared.Language;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of one of Fabrik's bundles (e-mails, reports) in a reader's language: French in the base bundle, English
 * in its {@code _en} twin. Texts name their blanks ({@code {title}}); values are given as name, value pairs. Named
 * blanks rather than {@link java.text.MessageFormat}: French texts are full of apostrophes, which it would take for
 * quotes.
 */
public final class Texts {

    private static final Pattern BLANK = Pattern.compile("\\{(\\w+)}");

    private final String language;
    private final ResourceBundle bundle;

    private Texts(String bundleName, String language) {
        this.language = Language.supported(language);
        // French is the base bundle: the root locale, never the server's default one.
        this.bundle = ResourceBundle.getBundle(bundleName, english() ? Locale.ENGLISH : Locale.ROOT,
                Texts.class.getClassLoader(), ResourceBundle.Control
                .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Texts of(String bundleName, String language) {
        return new Texts(bundleName, language);
    }

    /** "fr" or "en". */
    public String language() {
        return language;
    }

    public boolean english() {
        return Language.ENGLISH.equals(language);
    }

    public Locale locale() {
        return Language.locale(language);
    }

    /** The text of a key with its blanks filled; a blank without a value stays empty. */
    public String text(String key, Object... namesAndValues) {
        String template = bundle.getString(key);
        Matcher blank = BLANK.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (blank.find()) {
            blank.appendReplacement(filled, Matcher.quoteReplacement(valueOf(blank.group(1), namesAndValues)));
        }
        return blank.appendTail(filled).toString();
    }

    /** A date or time written with the pattern the bundle gives under {@code patternKey}, in its language. */
    public String format(String patternKey, TemporalAccessor value) {
        return DateTimeFormatter.ofPattern(text(patternKey), locale()).format(value);
    }

    private static String valueOf(String name, Object... namesAndValues) {
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (name.equals(namesAndValues[i])) {
                return namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1].toString();
            }
        }
        return "";
    }
}
