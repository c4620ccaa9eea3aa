package fr.fabrikaprojets.domain.shared;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What identifies a person (names, e-mail address, phone number), blotted out of texts that others wrote about them
 * — minutes, advice, a timeline — when their data is anonymised. Names match whatever their case; a phone number
 * matches with or without spaces, dots or dashes between its digits. Words shorter than three letters are left
 * alone: they would blot out half of every text.
 */
public final class Redaction implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String MARK = "[anonymisé]";
    private static final int SHORTEST = 3;

    private final Pattern pattern;

    private Redaction(Pattern pattern) {
        this.pattern = pattern;
    }

    /** Null or blank identifiers are ignored; a redaction of nothing leaves texts as they are. */
    public static Redaction of(List<String> names, List<String> emails, List<String> phones) {
        List<String> alternatives = new ArrayList<>();
        names.stream().filter(Objects::nonNull).map(String::strip).filter(name -> name.length() >= SHORTEST)
                .map(Pattern::quote).forEach(alternatives::add);
        emails.stream().filter(Objects::nonNull).map(String::strip).filter(email -> email.length() >= SHORTEST)
                .map(Pattern::quote).forEach(alternatives::add);
        phones.stream().filter(Objects::nonNull).map(phone -> phone.replaceAll("\\D", ""))
                .filter(digits -> digits.length() >= 6).map(Redaction::spacedDigits).forEach(alternatives::add);
        if (alternatives.isEmpty()) {
            return new Redaction(null);
        }
        alternatives.sort(Comparator.comparingInt(String::length).reversed());
        return new Redaction(Pattern.compile(String.join("|", alternatives),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    private static String spacedDigits(String digits) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            regex.append(i == 0 ? "" : "[\\s.\\-]?").append(digits.charAt(i));
        }
        return regex.toString();
    }

    public String apply(String text) {
        if (text == null || pattern == null) {
            return text;
        }
        return pattern.matcher(text).replaceAll(Matcher.quoteReplacement(MARK));
    }

    /** As {@link #apply(String)}, cut to the column's length: a short name replaced by the mark grows the text. */
    public String apply(String text, int max) {
        String redacted = apply(text);
        return redacted == null || redacted.length() <= max ? redacted : redacted.substring(0, max);
    }

    /** Whether the text names the person: what a test looks for after anonymising. */
    public boolean finds(String text) {
        return text != null && pattern != null && pattern.matcher(text).find();
    }

    @Override
    public String toString() {
        return pattern == null ? "Redaction[]" : "Redaction[" + pattern.pattern().length() + " chars]";
    }
}
