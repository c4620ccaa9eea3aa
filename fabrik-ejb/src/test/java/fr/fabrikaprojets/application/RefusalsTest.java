package fr.fabrikaprojets.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every refusal the code can raise has its English, with the same blanks; an English reader gets it with the parts
 * that vary copied over, a French reader the message as raised.
 */
class RefusalsTest {

    private static final Pattern RAISED = Pattern.compile(
            "BusinessException\\.(?:invalid|notFound|conflict|forbidden)\\(|message\\s*=\\s*(?=\")");
    private static final List<Path> SOURCES = List.of(Path.of("src/main/java"), Path.of("../fabrik-web/src/main/java"));

    @Test
    void everyRefusalOfTheCodeHasItsEnglishWithTheSameBlanks() throws IOException {
        Map<String, String> english = Refusals.english();
        Set<String> raised = raisedInTheCode();
        assertTrue(raised.size() > 250, "the refusals were found in the sources: " + raised.size());
        Set<String> missing = new TreeSet<>(raised);
        missing.removeAll(english.keySet());
        assertEquals(Set.of(), missing, "refusals without English in " + Refusals.ENGLISH_FILE);
        english.forEach((french, translated) -> assertEquals(BundleFiles.blanks(french),
                BundleFiles.blanks(translated), french));
    }

    @Test
    void anEnglishReaderGetsTheEnglishWithWhatVariesCopiedOver() {
        assertEquals("Choose a platform.", Refusals.inLanguage("Choisissez une plateforme.", "en"));
        assertEquals("The year 1800 is not valid: choose a year between 2000 and 2100.", Refusals.inLanguage(
                "L'année 1800 n'est pas valide : choisissez une année entre 2000 et 2100.", "en-GB"));
        assertEquals("The commune “Arras” is not part of the territory of Lens-Liévin.", Refusals.inLanguage(
                "La commune « Arras » ne fait pas partie du territoire de Lens-Liévin.", "en"));
        assertEquals("Import refused: 2 line(s) in error, nothing was imported. First error, line 3: name missing.",
                Refusals.inLanguage("Import refusé : 2 ligne(s) en erreur, rien n'a été importé. Première erreur, "
                        + "ligne 3 : nom manquant.", "en"), "the refusal quoted inside another is translated too");
        assertEquals("Choisissez une plateforme.", Refusals.inLanguage("Choisissez une plateforme.", "fr"));
        assertEquals("Un message inconnu.", Refusals.inLanguage("Un message inconnu.", "en"), "unknown: as raised");
    }

    /** The French messages raised in the code, a part computed at run time written as a blank ({0}, {1}…). */
    private static Set<String> raisedInTheCode() throws IOException {
        Set<String> messages = new TreeSet<>();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                    String code = Files.readString(file);
                    Matcher raised = RAISED.matcher(code);
                    while (raised.find()) {
                        messages.addAll(templates(arguments(code, raised.end())));
                    }
                }
            }
        }
        return messages;
    }

    /**
     * The first argument from {@code start}: string literals and the expressions between them, up to the comma or
     * parenthesis that ends it. An expression ending with "?" opens a choice whose branches ":" separates.
     */
    private static List<String[]> arguments(String code, int start) {
        List<String[]> parts = new ArrayList<>();
        StringBuilder expression = new StringBuilder();
        int depth = 0;
        for (int i = start; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') {
                int end = i + 1;
                StringBuilder literal = new StringBuilder();
                while (code.charAt(end) != '"') {
                    if (code.charAt(end) == '\\') {
                        literal.append(code.charAt(end + 1) == 'n' ? "\n" : String.valueOf(code.charAt(end + 1)));
                        end += 2;
                    } else {
                        literal.append(code.charAt(end++));
                    }
                }
                if (depth == 0) {
                    flush(parts, expression);
                    parts.add(new String[] {"L", literal.toString()});
                } else {
                    expression.append('"').append(literal).append('"');
                }
                i = end;
            } else if ((c == ')' || c == ']' || c == '}' || c == ',') && depth == 0) {
                flush(parts, expression);
                return parts;
            } else {
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth--;
                }
                expression.append(c == '+' && depth == 0 ? ' ' : c);
            }
        }
        return parts;
    }

    private static void flush(List<String[]> parts, StringBuilder expression) {
        String text = expression.toString().strip();
        if (!text.isEmpty()) {
            parts.add(new String[] {"E", text});
        }
        expression.setLength(0);
    }

    private static List<String> templates(List<String[]> parts) {
        List<List<String[]>> branches = new ArrayList<>();
        List<String[]> branch = new ArrayList<>();
        for (String[] part : parts) {
            if (part[0].equals("E") && part[1].endsWith("?")) {
                branch = new ArrayList<>();
            } else if (part[0].equals("E") && part[1].equals(":")) {
                branches.add(branch);
                branch = new ArrayList<>();
            } else {
                branch.add(part);
            }
        }
        branches.add(branch);
        List<String> templates = new ArrayList<>();
        for (List<String[]> alternative : branches) {
            if (alternative.stream().noneMatch(part -> part[0].equals("L"))) {
                continue;
            }
            StringBuilder template = new StringBuilder();
            int blank = 0;
            for (String[] part : alternative) {
                template.append(part[0].equals("L") ? part[1] : "{" + blank++ + "}");
            }
            templates.add(template.toString());
        }
        return templates;
    }
}
