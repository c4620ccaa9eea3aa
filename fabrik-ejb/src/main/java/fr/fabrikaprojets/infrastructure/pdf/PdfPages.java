package fr.fabrikaprojets.infrastructure.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes down A4 pages in the embedded font of {@link PdfText}: wrapped lines, table rows, and room for drawings,
 * starting a new page when the current one is full.
 */
final class PdfPages {

    static final float MARGIN = 50;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument document;
    private final PDFont font;
    private PDPageContentStream content;
    private float y;

    PdfPages(PDDocument document, PDFont font) {
        this.document = document;
        this.font = font;
    }

    PDFont font() {
        return font;
    }

    /** A paragraph, wrapped to the page's width. */
    void line(String text, float size, float spaceAfter) throws IOException {
        for (String piece : wrap(text, size, WIDTH)) {
            text(piece, size, MARGIN);
        }
        y -= spaceAfter;
    }

    /** One row of a table: each cell starts at its column's x (from the margin) and is cut to the next column. */
    void row(float size, float[] columns, String... cells) throws IOException {
        room(size * 1.4f);
        y -= size * 1.4f;
        for (int i = 0; i < cells.length; i++) {
            float width = (i + 1 < columns.length ? columns[i + 1] : WIDTH) - columns[i] - 6;
            List<String> lines = wrap(cells[i] == null ? "" : cells[i], size, width);
            String shown = lines.get(0) + (lines.size() > 1 ? "…" : "");
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(MARGIN + columns[i], y);
            content.showText(shown);
            content.endText();
        }
    }

    /**
     * Room for a drawing {@code height} high: a new page if the current one has not that much left. Returns the
     * drawing's top; the next line goes below it.
     */
    float drawing(float height) throws IOException {
        room(height);
        float top = y;
        y -= height;
        return top;
    }

    PDPageContentStream content() {
        return content;
    }

    void newPage() throws IOException {
        close();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    float width(String text, float size) throws IOException {
        return font.getStringWidth(PdfText.printable(font, text)) / 1000 * size;
    }

    /** Writes {@code text} at {@code x}, {@code y} on the current page, in the given size. */
    void at(String text, float size, float x, float atY) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, atY);
        content.showText(PdfText.printable(font, text));
        content.endText();
    }

    private void text(String piece, float size, float x) throws IOException {
        room(size * 1.3f);
        y -= size * 1.3f;
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(piece);
        content.endText();
    }

    private void room(float height) throws IOException {
        if (content == null || y - height < MARGIN) {
            newPage();
        }
    }

    private List<String> wrap(String text, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            paragraph = PdfText.printable(font, paragraph);
            StringBuilder current = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (current.isEmpty() || font.getStringWidth(candidate) / 1000 * size <= width) {
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
}
