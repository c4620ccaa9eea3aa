package fr.fabrikaprojets.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** French and English say the same things: same keys, and every key a page asks for exists. */
class BundlesTest {

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/fr/fabrikaprojets/i18n/messages" + suffix
                + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> french = new TreeSet<>(bundle("_fr").stringPropertyNames());
        Set<String> english = new TreeSet<>(bundle("_en").stringPropertyNames());
        Set<String> base = new TreeSet<>(bundle("").stringPropertyNames());
        assertEquals(french, english);
        assertEquals(french, base, "the default bundle is the French one");
        assertEquals(bundle("_fr"), bundle(""), "the default bundle is a copy of the French one");
    }

    @Test
    void everyKeyUsedByAPageExists() throws IOException {
        Set<String> keys = bundle("_fr").stringPropertyNames();
        Pattern use = Pattern.compile("(?:msg|easyRead\\.text)\\['([a-zA-Z0-9.]+)'\\]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(path -> path.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = use.matcher(Files.readString(page));
                while (matcher.find()) {
                    if (!matcher.group(1).endsWith(".") && !keys.contains(matcher.group(1))) {
                        missing.add(page + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }
}
