package fr.fabrikaprojets.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fabrikaprojets.application.BundleFiles;
import fr.fabrikaprojets.domain.model.capitalisation.Publication;
import fr.fabrikaprojets.domain.model.orientation.OrientationState;
import fr.fabrikaprojets.domain.model.orientation.Usefulness;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.project.HolderKind;
import fr.fabrikaprojets.domain.model.project.Need;
import fr.fabrikaprojets.domain.model.project.ProjectState;
import fr.fabrikaprojets.domain.model.session.Enrolment;
import fr.fabrikaprojets.domain.model.session.ParticipantKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The right-of-access document says the same things in French and in English, and names every value it shows. */
class PersonalDataWordsTest {

    private static final List<Class<? extends Enum<?>>> VALUES_SHOWN = List.of(ProjectState.class, HolderKind.class,
            Field.class, Need.class, OrientationState.class, Usefulness.class, Publication.class,
            ParticipantKind.class, Enrolment.Status.class);

    private static Properties bundle(String suffix) {
        return BundleFiles.read("/fr/fabrikaprojets/privacy/access", suffix);
    }

    @Test
    void englishHasEveryFrenchTextWithTheSameBlanks() {
        Properties french = bundle("");
        Properties english = bundle("_en");
        assertEquals(new TreeSet<>(french.stringPropertyNames()), new TreeSet<>(english.stringPropertyNames()));
        for (String key : french.stringPropertyNames()) {
            assertEquals(BundleFiles.blanks(french.getProperty(key)), BundleFiles.blanks(english.getProperty(key)),
                    key);
        }
    }

    @Test
    void everyValueTheDocumentShowsHasItsWordsInBothLanguages() {
        for (String language : List.of("fr", "en")) {
            PersonalDataReports.Words words = new PersonalDataReports.Words(language);
            for (Class<? extends Enum<?>> type : VALUES_SHOWN) {
                for (Enum<?> value : type.getEnumConstants()) {
                    assertTrue(!words.value(value).isBlank(), language + " " + value);
                }
            }
        }
        assertEquals("réorientée", new PersonalDataReports.Words("fr").value(ProjectState.REORIENTED));
        assertEquals("redirected", new PersonalDataReports.Words("en").value(ProjectState.REORIENTED));
    }

    @Test
    void recordsAreLabelledAndDatedInTheReadersLanguage() {
        Instant summer = Instant.parse("2026-07-14T08:30:00Z");
        assertEquals("{Projet n°=12, Reçu le=14/07/2026 10:30}", new PersonalDataReports.Words("fr")
                .record("project", "12", "receivedOn", new PersonalDataReports.Words("fr").when(summer),
                        "phone", null).toString(), "Paris time; an empty value is left out");
        PersonalDataReports.Words english = new PersonalDataReports.Words("en");
        assertEquals("{Project no.=12, Received on=14 July 2026 at 10:30}",
                english.record("project", "12", "receivedOn", english.when(summer)).toString());
        assertEquals("14 July 2026", english.day(LocalDate.of(2026, 7, 14)));
    }
}
