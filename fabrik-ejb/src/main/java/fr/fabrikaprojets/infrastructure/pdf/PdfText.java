package fr.fabrikaprojets.infrastructure.pdf;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** What Fabrik's PDF documents share: the embedded font for people's names, and what to do with a missing glyph. */
final class PdfText {

    /** Liberation Sans, carried by PDFBox: Latin, Greek and Cyrillic names print as written. */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private PdfText() {
    }

    /** The font, embedded (as a subset) in the document. */
    static PDFont embeddedFont(PDDocument document) throws IOException {
        try (InputStream font = PDDocument.class.getResourceAsStream(FONT)) {
            if (font == null) {
                throw new IOException("police " + FONT + " introuvable");
            }
            return PDType0Font.load(document, font);
        }
    }

    /** Characters the font lacks (emoji, Arabic…) become "?" rather than failing the whole document. */
    static String printable(PDFont font, String text) {
        StringBuilder kept = new StringBuilder();
        text.replace('\t', ' ').codePoints().forEach(c -> {
            String character = new String(Character.toChars(c));
            try {
                font.encode(character);
                kept.append(character);
            } catch (IOException | IllegalArgumentException notInTheFont) {
                kept.append('?');
            }
        });
        return kept.toString();
    }
}
