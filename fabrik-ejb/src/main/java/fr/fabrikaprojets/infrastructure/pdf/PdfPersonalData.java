package fr.fabrikaprojets.infrastructure.pdf;

import fr.fabrikaprojets.application.PersonalDataPrinter;
import fr.fabrikaprojets.application.PersonalDataReport;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The right-of-access report as a readable A4 document: a heading, then each section with its records as
 * "label : value" lines, wrapped to the page ({@link PdfPages}).
 */
@ApplicationScoped
public class PdfPersonalData implements PersonalDataPrinter {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy à HH:mm")
            .withZone(ZoneId.of("Europe/Paris"));

    @Override
    public byte[] print(PersonalDataReport report) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfPages writer = new PdfPages(document, PdfText.embeddedFont(document));
            writer.line("Vos données personnelles à la Fabrik à projets", 16, 8);
            writer.line("Personne : " + report.identifier(), 10, 2);
            writer.line("Document établi le " + WHEN.format(report.generatedAt()) + " en réponse à votre demande "
                    + "d’accès (RGPD, article 15).", 10, 10);
            for (PersonalDataReport.Section section : report.sections()) {
                writer.line(section.title(), 13, 4);
                if (section.records().isEmpty()) {
                    writer.line("Aucune donnée.", 10, 8);
                }
                for (Map<String, String> record : section.records()) {
                    for (Map.Entry<String, String> field : record.entrySet()) {
                        writer.line(field.getKey() + " : " + field.getValue(), 10, 1);
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
