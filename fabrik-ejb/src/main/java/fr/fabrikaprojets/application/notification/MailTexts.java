package fr.fabrikaprojets.application.notification;

import fr.fabrikaprojets.application.Texts;
import java.time.temporal.TemporalAccessor;

/**
 * The words of Fabrik's e-mails, in the recipient's language: French ({@code mails.properties}) or English
 * ({@code mails_en.properties}), with named blanks ({@link Texts}).
 */
public final class MailTexts {

    private static final String BUNDLE = "fr.fabrikaprojets.mail.mails";

    private final Texts texts;

    private MailTexts(String language) {
        this.texts = Texts.of(BUNDLE, language);
    }

    public static MailTexts in(String language) {
        return new MailTexts(language);
    }

    public String language() {
        return texts.language();
    }

    /** The text of a key with its blanks filled; a blank without a value stays empty. */
    public String text(String key, Object... namesAndValues) {
        return texts.text(key, namesAndValues);
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
        return texts.format("day.pattern", date);
    }

    public String time(TemporalAccessor time) {
        return texts.format("time.pattern", time);
    }

    public String when(TemporalAccessor dateTime) {
        return texts.format("when.pattern", dateTime);
    }
}
