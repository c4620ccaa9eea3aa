package fr.fabrikaprojets.infrastructure.pdf;

import fr.fabrikaprojets.application.PersonalDataPrinter;
import fr.fabrikaprojets.application.PersonalDataReport;
import fr.fabrikaprojets.application.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The right-of-access report as a readable A4 document in the report's language: a heading, then each section with
 * its records as "label : value" lines, wrapped to the page ({@link PdfPages}).
 */
@ApplicationScoped
public class PdfPersonalData implements PersonalDataPrinter {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Override
    public byte[] print(PersonalDataReport report) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Texts words = Texts.of(PersonalDataReport.BUNDLE, report.language());
            PdfPages writer = new PdfPages(document, PdfText.embeddedFont(document));
            writer.line(words.text("document.title"), 16, 8);
            writer.line(words.text("document.person", "identifier", report.identifier()), 10, 2);
            writer.line(words.text("document.generated", "when", words.format("when.pattern",
                    report.generatedAt().atZone(PARIS))), 10, 10);
            for (PersonalDataReport.Section section : report.sections()) {
                writer.line(section.title(), 13, 4);
                if (section.records().isEmpty()) {
                    writer.line(words.text("document.nothing"), 10, 8);
                }
                for (Map<String, String> record : section.records()) {
                    for (Map.Entry<String, String> field : record.entrySet()) {
                        writer.line(words.text("document.line", "label", field.getKey(), "value",
                                field.getValue()), 10, 1);
                    }
                    writer.line("", 6, 0);
                }
            }
            writer.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Export des données personnelles impossible à produire : "
                    + e.getMessage(), e);
        }
    }
}
