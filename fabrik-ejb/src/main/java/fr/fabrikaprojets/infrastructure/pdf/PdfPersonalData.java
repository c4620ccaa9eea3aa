package fr.fabrikaprojets.infrastructure.pdf;

import fr.fabrikaprojets.application.PersonalDataPrinter;
import fr.fabrikaprojets.application.PersonalDataReport;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The right-of-access report as a readable A4 document: a heading, then each section with its records as
 * "label : value" lines, wrapped to the page, in the embedded font of {@link PdfText}.
 */
@ApplicationScoped
public class PdfPersonalData implements PersonalDataPrinter {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy à HH:mm")
            .withZone(ZoneId.of("Europe/Paris"));
    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    @Override
    public byte[] print(PersonalDataReport report) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Writer writer = new Writer(document, PdfText.embeddedFont(document));
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

    /** Writes lines down the pages, starting a new page when one is full. */
    private static final class Writer {

        private final PDDocument document;
        private final PDFont font;
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument document, PDFont font) {
            this.document = document;
            this.font = font;
        }

        void line(String text, float size, float spaceAfter) throws IOException {
            for (String piece : wrap(text, size)) {
                if (content == null || y - size < MARGIN) {
                    newPage();
                }
                y -= size * 1.3f;
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(MARGIN, y);
                content.showText(piece);
                content.endText();
            }
            y -= spaceAfter;
        }

        private void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void close() throws IOException {
            if (content != null) {
                content.close();
            }
        }

        private List<String> wrap(String text, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            for (String paragraph : text.split("\\R", -1)) {
                paragraph = PdfText.printable(font, paragraph);
                StringBuilder current = new StringBuilder();
                for (String word : paragraph.split(" ")) {
                    String candidate = current.isEmpty() ? word : current + " " + word;
                    if (current.isEmpty() || width(candidate, size) <= WIDTH) {
                        current.setLength(0);
                        current.append(candidate);
                    } else {
                        lines.add(current.toString());
                        current.setLength(0);
                        current.append(word);
                    }
                }
                lines.add(current.toString());
            }
            return lines;
        }

        private float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }
    }
}
