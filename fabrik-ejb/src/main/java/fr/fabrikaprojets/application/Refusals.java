package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.shared.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The services' refusals in their reader's language. The code raises them in French (the default language, and that
 * of the logs and of the API's problem details); a page read in English shows the English of {@code
 * refusals_en.txt}, the parts that vary (a name, a number, a date) copied over. A message it does not know, or
 * already in English, is shown as it is.
 */
public final class Refusals {

    static final String ENGLISH_FILE = "/fr/fabrikaprojets/refusals/refusals_en.txt";
    private static final Pattern BLANK = Pattern.compile("\\{(\\d)}");

    /** A French message with blanks, as a pattern whose groups are its blanks in the order they appear. */
    private record Varying(Pattern french, List<Integer> blanks, String english) {

        /**
         * The English with each blank filled in one pass: a value holding "{1}" stays as it is. A value that is itself
         * a refusal (the first error of a refused import) is translated too.
         */
        String translate(Matcher found) {
            Map<Integer, String> values = new HashMap<>();
            for (int group = 1; group <= found.groupCount(); group++) {
                values.put(blanks.get(group - 1), inLanguage(found.group(group), Language.ENGLISH));
            }
            Matcher blank = BLANK.matcher(english);
            StringBuilder translated = new StringBuilder();
            while (blank.find()) {
                blank.appendReplacement(translated, Matcher.quoteReplacement(values.getOrDefault(
                        Integer.parseInt(blank.group(1)), "")));
            }
            return blank.appendTail(translated).toString();
        }
    }

    private static final Map<String, String> FIXED = new HashMap<>();
    private static final List<Varying> VARYING = new ArrayList<>();

    static {
        english().forEach((french, english) -> {
            if (BLANK.matcher(french).find()) {
                VARYING.add(varying(french, english));
            } else {
                FIXED.put(french, english);
            }
        });
    }

    private Refusals() {
    }

    /** The message in {@code language} ("fr", "en"). */
    public static String inLanguage(String message, String language) {
        if (message == null || !Language.ENGLISH.equals(Language.supported(language))) {
            return message;
        }
        String fixed = FIXED.get(message);
        if (fixed != null) {
            return fixed;
        }
        for (Varying known : VARYING) {
            Matcher found = known.french().matcher(message);
            if (found.matches()) {
                return known.translate(found);
            }
        }
        return message;
    }

    /** Each French message of the file with its English, in the file's order. */
    static Map<String, String> english() {
        Map<String, String> pairs = new LinkedHashMap<>();
        try (InputStream in = Refusals.class.getResourceAsStream(ENGLISH_FILE);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String french = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("fr: ")) {
                    french = line.substring(4);
                } else if (line.startsWith("en: ") && french != null) {
                    pairs.put(french, line.substring(4));
                    french = null;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(pairs);
    }

    private static Varying varying(String french, String english) {
        StringBuilder pattern = new StringBuilder();
        List<Integer> blanks = new ArrayList<>();
        Matcher blank = BLANK.matcher(french);
        int end = 0;
        while (blank.find()) {
            pattern.append(Pattern.quote(french.substring(end, blank.start()))).append("(.*?)");
            blanks.add(Integer.parseInt(blank.group(1)));
            end = blank.end();
        }
        pattern.append(Pattern.quote(french.substring(end)));
        return new Varying(Pattern.compile(pattern.toString(), Pattern.DOTALL), List.copyOf(blanks), english);
    }
}
