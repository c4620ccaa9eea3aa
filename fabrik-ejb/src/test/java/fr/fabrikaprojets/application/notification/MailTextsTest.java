package fr.fabrikaprojets.application.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fabrikaprojets.application.BundleFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The e-mails say the same things in French and in English, and every text the services ask for exists. */
class MailTextsTest {

    private static Properties bundle(String suffix) {
        return BundleFiles.read("/fr/fabrikaprojets/mail/mails", suffix);
    }

    private static Set<String> blanks(String text) {
        return BundleFiles.blanks(text);
    }

    @Test
    void englishHasEveryFrenchTextAndFillsNoBlankTheFrenchDoesNotHave() throws IOException {
        Properties french = bundle("");
        Properties english = bundle("_en");
        assertEquals(french.stringPropertyNames(), english.stringPropertyNames());
        for (String key : french.stringPropertyNames()) {
            Set<String> englishBlanks = blanks(english.getProperty(key));
            assertTrue(blanks(french.getProperty(key)).containsAll(englishBlanks), key + ": " + englishBlanks);
        }
    }

    @Test
    void everyTextTheServicesAskForExists() throws IOException {
        Set<String> keys = bundle("").stringPropertyNames();
        // A message's key comes before its signature (or null); helpers take it first.
        Pattern message = Pattern.compile("\"([a-z]+(?:\\.[a-z]+)+)\",\\s*(?:null|\"signature\\.[a-z]+\")|"
                + "(?:tell|tellOwner|notifyMembers)\\([^;]*?\"([a-z]+\\.[a-z]+)\"", Pattern.DOTALL);
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                if (!code.contains("MailTexts")) {
                    continue;
                }
                Matcher key = message.matcher(code);
                while (key.find()) {
                    String name = key.group(1) == null ? key.group(2) : key.group(1);
                    if (!keys.contains(name + ".subject") || !keys.contains(name + ".body")) {
                        missing.add(source.getFileName() + ": " + name);
                    }
                }
                Matcher text = Pattern.compile("text\\((?:[a-z]+ \\? )?\"([a-z.A-Z_]+)\"").matcher(code);
                while (text.find()) {
                    if (!text.group(1).endsWith(".") && !keys.contains(text.group(1))) {
                        missing.add(source.getFileName() + ": " + text.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    @Test
    void aMessageIsWrittenInTheRecipientsLanguageWithItsBlanksFilled() {
        Notification french = MailTexts.in("fr").message("a@example.org", "Mme Martin", "event.registered",
                "signature.platform", "title", "Ciné-débat", "day", MailTexts.in("fr").day(LocalDate.of(2026, 12, 4)),
                "platform", "Lens-Liévin");
        assertEquals("Inscription : Ciné-débat", french.subject());
        assertEquals("Bonjour Mme Martin,\n\nVotre inscription à « Ciné-débat » le vendredi 4 décembre 2026 est "
                + "enregistrée. À bientôt !\n\nLa Fabrik à projets — Lens-Liévin\n", french.body());

        MailTexts texts = MailTexts.in("en-GB");
        Notification english = texts.message("a@example.org", null, "event.registered", null, "title", "Film",
                "day", texts.day(LocalDate.of(2026, 12, 4)));
        assertEquals("Registration: Film", english.subject());
        assertEquals("Hello,\n\nYour registration for “Film” on Friday 4 December 2026 is recorded. See you soon!",
                english.body());
        assertEquals("9:30 AM", texts.time(LocalTime.of(9, 30)).toUpperCase());
        assertEquals("09h30", MailTexts.in(null).time(LocalTime.of(9, 30)), "French when the language is unknown");
    }

    @Test
    void aValueIsWrittenAsIsEvenWithCharactersThatLookLikeBlanksOrReplacements() {
        Notification odd = MailTexts.in("fr").message("a@example.org", "$1 {name}", "event.cancelled", null,
                "title", "Atelier {day} $2 \\o/", "day", "lundi");
        assertEquals("Événement annulé : Atelier {day} $2 \\o/", odd.subject());
        assertTrue(odd.body().startsWith("Bonjour $1 {name},"), odd.body());
    }
}
