package fr.fabrikaprojets.application.notification;

import fr.fabrikaprojets.domain.shared.Language;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of Fabrik's e-mails, in the recipient's language: French ({@code mails.properties}) or English
 * ({@code mails_en.properties}). Texts name their blanks ({@code {title}}); values are given as name, value pairs.
 * Named blanks rather than {@link java.text.MessageFormat}: French texts are full of apostrophes, which it would take
 * for quotes.
 */
public final class MailTexts {

    private static final String BUNDLE = "fr.fabrikaprojets.mail.mails";
    private static final Pattern BLANK = Pattern.compile("\\{(\\w+)}");

    private final String language;
    private final ResourceBundle bundle;

    private MailTexts(String language) {
        this.language = Language.supported(language);
        // French is the base bundle: the root locale, never the server's default one.
        this.bundle = ResourceBundle.getBundle(BUNDLE, Language.ENGLISH.equals(this.language) ? Locale.ENGLISH
                : Locale.ROOT, MailTexts.class.getClassLoader(), ResourceBundle.Control
                .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static MailTexts in(String language) {
        return new MailTexts(language);
    }

    public String language() {
        return language;
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

    /**
     * A message from {@code key.subject} and {@code key.body}, the body opened by a greeting (by name when there is
     * one) and closed by {@code signature} when given (a key of the bundle, or null).
     */
    public Notification message(String recipient, String name, String key, String signature,
            Object... namesAndValues) {
        String greeting = name == null || name.isBlank() ? text("greeting.anonymous") : text("greeting", "name", name);
        String body = greeting + text(key + ".body", namesAndValues)
                + (signature == null ? "" : text(signature, namesAndValues));
        return new Notification(recipient, text(key + ".subject", namesAndValues), body);
    }

    public String day(TemporalAccessor date) {
        return format("day.pattern", date);
    }

    public String time(TemporalAccessor time) {
        return format("time.pattern", time);
    }

    public String when(TemporalAccessor dateTime) {
        return format("when.pattern", dateTime);
    }

    private String format(String patternKey, TemporalAccessor value) {
        return DateTimeFormatter.ofPattern(bundle.getString(patternKey), Language.locale(language)).format(value);
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
