package fr.fabrikaprojets.i18n;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The easy-to-read texts ({@code falc.*} keys, written by hand) stay easy to read, by the bounds the README gives:
 * at most {@value #WORDS} words a sentence, at most {@value #LETTERS} letters a word, at most {@value #SENTENCES}
 * sentences a text; and each replaces a usual text of the pages, or is one of the few written for the easy-to-read
 * version alone.
 */
class EasyReadTextsTest {

    static final int WORDS = 12;
    static final int LETTERS = 12;
    static final int SENTENCES = 6;
    private static final Set<String> OWN = Set.of("falc.switch.on", "falc.switch.off", "falc.home.how",
            "falc.home.step1", "falc.home.step2", "falc.home.step3", "falc.home.step4", "falc.home.step5");

    @ParameterizedTest
    @ValueSource(strings = {"_fr", "_en"})
    void everyEasyReadTextKeepsToShortSentencesOfCommonWords(String language) throws IOException {
        Properties bundle = bundle(language);
        List<String> problems = new ArrayList<>();
        List<String> keys = bundle.stringPropertyNames().stream().filter(key -> key.startsWith("falc.")).sorted()
                .toList();
        assertTrue(keys.size() >= 30, "the home page, the calendar and the idea form have their easy-read texts");
        for (String key : keys) {
            String text = bundle.getProperty(key).replaceAll("\\{[^}]*}", "2026");
            String[] sentences = text.split("(?<=[.!?:])\\s+");
            if (sentences.length > SENTENCES) {
                problems.add(key + " : " + sentences.length + " phrases");
            }
            for (String sentence : sentences) {
                String[] words = sentence.split("[\\s’'-]+");
                long counted = Arrays.stream(words).filter(word -> word.matches(".*\\p{L}.*")).count();
                if (counted > WORDS) {
                    problems.add(key + " : « " + sentence + " » (" + counted + " mots)");
                }
                for (String word : words) {
                    String letters = word.replaceAll("[^\\p{L}]", "");
                    if (letters.length() > LETTERS) {
                        problems.add(key + " : mot long « " + letters + " »");
                    }
                }
            }
            String usual = key.substring("falc.".length());
            if (!OWN.contains(key) && !bundle.containsKey(usual)) {
                problems.add(key + " ne remplace aucun texte (" + usual + " absent)");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = EasyReadTextsTest.class.getResourceAsStream("/fr/fabrikaprojets/i18n/messages" + suffix
                + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
