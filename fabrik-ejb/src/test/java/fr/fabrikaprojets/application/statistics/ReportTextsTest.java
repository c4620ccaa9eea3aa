package fr.fabrikaprojets.application.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fabrikaprojets.application.BundleFiles;
import fr.fabrikaprojets.domain.model.orientation.OrientationState;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.project.Need;
import fr.fabrikaprojets.domain.model.project.ProjectState;
import fr.fabrikaprojets.domain.model.session.SessionMode;
import fr.fabrikaprojets.domain.model.session.SessionStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The annual report says the same things in French and in English, and names every value of the domain it shows. */
class ReportTextsTest {

    private static Properties bundle(String suffix) {
        return BundleFiles.read("/fr/fabrikaprojets/report/reports", suffix);
    }

    @Test
    void englishHasEveryFrenchTextWithTheSameBlanks() {
        Properties french = bundle("");
        Properties english = bundle("_en");
        Set<String> translated = english.stringPropertyNames().stream().filter(key -> !key.startsWith("label."))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(french.stringPropertyNames()), translated);
        for (String key : french.stringPropertyNames()) {
            assertEquals(BundleFiles.blanks(french.getProperty(key)), BundleFiles.blanks(english.getProperty(key)),
                    key);
        }
    }

    @Test
    void englishNamesEveryStateModeAndFieldTheReportShows() {
        ReportTexts english = ReportTexts.in("en");
        for (List<? extends Enum<?>> values : List.of(List.of(Field.values()), List.of(OrientationState.values()),
                List.of(SessionMode.values()), List.of(SessionStatus.values()), List.of(ProjectState.values()),
                List.of(Need.values()))) {
            for (Enum<?> value : values) {
                assertTrue(!english.label(value, "français").isBlank(), value.toString());
            }
        }
        assertEquals("réalisée", ReportTexts.in("fr").label(ProjectState.REALISED, "réalisée"), "French: the domain's");
        assertEquals("help obtained", english.label(OrientationState.HELP_OBTAINED, "aide obtenue"));
    }

    @Test
    void everyTextTheReportAsksForExists() throws IOException {
        Set<String> keys = bundle("").stringPropertyNames();
        Pattern asked = Pattern.compile("\"((?:step|sheet|key|series|months|fields|communes|sessions|orientations"
                + "|partners|highlights|cover|document|title|platform|days)(?:\\.[A-Za-z]+)*)\"");
        List<Path> sources = List.of(Path.of("src/main/java/fr/fabrikaprojets/infrastructure/pdf/PdfAnnualReport.java"),
                Path.of("src/main/java/fr/fabrikaprojets/application/internal/AnnualReportWorkbook.java"),
                Path.of("src/main/java/fr/fabrikaprojets/application/internal/DefaultStatisticsService.java"));
        int found = 0;
        for (Path source : sources) {
            Matcher key = asked.matcher(Files.readString(source));
            while (key.find()) {
                found++;
                assertTrue(keys.contains(key.group(1)), source.getFileName() + " asks for " + key.group(1));
            }
        }
        assertTrue(found > 60, "the report's texts were found in its sources: " + found);
    }
}
