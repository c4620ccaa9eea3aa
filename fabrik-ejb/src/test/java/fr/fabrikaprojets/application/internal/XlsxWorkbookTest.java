package fr.fabrikaprojets.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class XlsxWorkbookTest {

    @Test
    void aWorkbookHoldsWellFormedPartsAndEscapedCells() throws Exception {
        byte[] workbook = XlsxWorkbook.of("Organisations", List.of("nom", "type"),
                List.of(List.of("A & B <C>", "association"), List.of("Liévin", "centre social")));
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertTrue(parts.keySet().containsAll(List.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml")), parts.keySet().toString());
        for (String part : parts.values()) {
            DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(part.getBytes(StandardCharsets.UTF_8)));
        }
        Document sheet = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(
                new ByteArrayInputStream(parts.get("xl/worksheets/sheet1.xml").getBytes(StandardCharsets.UTF_8)));
        assertEquals(3, sheet.getElementsByTagName("row").getLength());
        assertEquals("A & B <C>", sheet.getElementsByTagName("t").item(2).getTextContent());
        assertEquals("Liévin", sheet.getElementsByTagName("t").item(4).getTextContent());
    }

    @Test
    void columnsAreNamedAsInASpreadsheet() {
        assertEquals("A", XlsxWorkbook.columnName(0));
        assertEquals("Z", XlsxWorkbook.columnName(25));
        assertEquals("AA", XlsxWorkbook.columnName(26));
        assertEquals("AZ", XlsxWorkbook.columnName(51));
    }
}
