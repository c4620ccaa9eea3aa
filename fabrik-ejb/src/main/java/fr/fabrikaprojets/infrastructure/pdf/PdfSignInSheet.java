package fr.fabrikaprojets.infrastructure.pdf;

import fr.fabrikaprojets.application.SignInSheet;
import fr.fabrikaprojets.domain.model.session.Registration;
import fr.fabrikaprojets.domain.model.session.Session;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The sign-in sheet of a session on A4 pages: the session, then one numbered row per registered person (name,
 * organisation, as what they come) with a box to sign; blank rows at the end for those who come unannounced.
 */
@ApplicationScoped
public class PdfSignInSheet implements SignInSheet {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);
    private static final float MARGIN = 40;
    private static final float ROW = 26;
    private static final float[] COLUMNS = {MARGIN, 70, 230, 370, 450, PDRectangle.A4.getWidth() - MARGIN};
    private static final String[] HEADERS = {"N°", "Nom", "Organisation", "Qualité", "Signature"};
    private static final int BLANK_ROWS = 5;

    @Override
    public byte[] print(Session session, String placeDescription, List<Registration> registered) {
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont regular = PdfText.embeddedFont(document);
            int total = registered.size() + BLANK_ROWS;
            int row = 0;
            while (row < total) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = PDRectangle.A4.getHeight() - MARGIN;
                    text(content, bold, 16, MARGIN, y - 16, "Feuille d’émargement — La Fabrik à projets");
                    text(content, regular, 11, MARGIN, y - 36, "Réunion du " + DAY.format(session.getDate()) + ", "
                            + session.getStartTime() + "–" + session.getEndTime() + " — " + placeDescription);
                    y -= 60;
                    header(content, bold, y);
                    y -= ROW;
                    while (row < total && y - ROW > MARGIN) {
                        Registration person = row < registered.size() ? registered.get(row) : null;
                        line(content, regular, y, String.valueOf(row + 1), person);
                        y -= ROW;
                        row++;
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Feuille d’émargement impossible à produire : " + e.getMessage(), e);
        }
    }

    private static void header(PDPageContentStream content, PDType1Font bold, float y) throws IOException {
        box(content, y);
        for (int i = 0; i < HEADERS.length; i++) {
            text(content, bold, 10, COLUMNS[i] + 4, y - 17, HEADERS[i]);
        }
    }

    private static void line(PDPageContentStream content, PDFont font, float y, String number,
            Registration person) throws IOException {
        box(content, y);
        text(content, font, 10, COLUMNS[0] + 4, y - 17, number);
        if (person != null) {
            text(content, font, 10, COLUMNS[1] + 4, y - 17, fit(person.getName(), 30));
            text(content, font, 9, COLUMNS[2] + 4, y - 17, person.getOrganisation() == null ? ""
                    : fit(person.getOrganisation().getShortName(), 30));
            text(content, font, 9, COLUMNS[3] + 4, y - 17, kind(person));
        }
    }

    private static void box(PDPageContentStream content, float y) throws IOException {
        for (float x : COLUMNS) {
            content.moveTo(x, y);
            content.lineTo(x, y - ROW);
        }
        content.moveTo(COLUMNS[0], y);
        content.lineTo(COLUMNS[COLUMNS.length - 1], y);
        content.moveTo(COLUMNS[0], y - ROW);
        content.lineTo(COLUMNS[COLUMNS.length - 1], y - ROW);
        content.stroke();
    }

    private static void text(PDPageContentStream content, PDFont font, float size, float x, float y,
            String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(PdfText.printable(font, text));
        content.endText();
    }

    /** The standard fonts write Western European letters; others (a name in Arabic script…) print as "?". */
    private static String fit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String kind(Registration person) {
        return switch (person.getKind()) {
            case HOLDER -> "Porteur de projet";
            case STAFF -> "Agent";
            case PARTNER_MEMBER -> "Partenaire";
            case VOLUNTEER -> "Bénévole";
            case INHABITANT -> "Habitant·e";
        };
    }
}
