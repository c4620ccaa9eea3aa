package fr.fabrikaprojets.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fabrik's bundles of texts (e-mails, reports, documents) read as files, for the tests that compare twins. */
public final class BundleFiles {

    private static final Pattern BLANK = Pattern.compile("\\{(\\w+)}");

    private BundleFiles() {
    }

    /** The bundle {@code base} (e.g. {@code /fr/fabrikaprojets/mail/mails}) in French ("") or English ("_en"). */
    public static Properties read(String base, String suffix) {
        Properties properties = new Properties();
        try (InputStream in = BundleFiles.class.getResourceAsStream(base + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The names of a text's blanks ({@code {title}}). */
    public static Set<String> blanks(String text) {
        Set<String> names = new TreeSet<>();
        Matcher blank = BLANK.matcher(text);
        while (blank.find()) {
            names.add(blank.group(1));
        }
        return names;
    }
}
