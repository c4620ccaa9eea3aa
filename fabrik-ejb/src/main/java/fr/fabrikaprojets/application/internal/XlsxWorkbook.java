package fr.fabrikaprojets.application.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An Office Open XML workbook of text and number cells: the few parts a spreadsheet needs (content types, relations,
 * workbook, sheets with inline strings, header rows in bold). Written by hand because a general spreadsheet library
 * would add megabytes to the EAR for one export.
 */
final class XlsxWorkbook {

    private XlsxWorkbook() {
    }

    /** A sheet: its name (at most 31 characters, as spreadsheets require), header row and rows. */
    record Sheet(String name, List<String> header, List<? extends List<?>> rows) {
    }

    static byte[] of(String sheetName, List<String> header, List<List<String>> rows) {
        return of(List.of(new Sheet(sheetName, header, rows)));
    }

    /** A workbook of several sheets; numbers are written as numbers, so that they can be summed and charted. */
    static byte[] of(List<Sheet> sheets) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            StringBuilder types = new StringBuilder("""
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""");
            StringBuilder names = new StringBuilder();
            StringBuilder relations = new StringBuilder();
            for (int i = 1; i <= sheets.size(); i++) {
                types.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"")
                        .append("application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                String name = sheets.get(i - 1).name();
                names.append("<sheet name=\"").append(escape(name.length() > 31 ? name.substring(0, 31) : name))
                        .append("\" sheetId=\"").append(i).append("\" r:id=\"rId").append(i).append("\"/>");
                relations.append("<Relationship Id=\"rId").append(i).append("\" Type=\"http://schemas.openxmlformats.org/")
                        .append("officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(i)
                        .append(".xml\"/>");
            }
            part(zip, "[Content_Types].xml", types.append("</Types>").toString());
            part(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                    </Relationships>""");
            part(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                    <sheets>%s</sheets></workbook>""".formatted(names));
            part(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    %s<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
                    </Relationships>""".formatted(relations, sheets.size() + 1));
            part(zip, "xl/styles.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                    <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
                    <fills count="1"><fill><patternFill patternType="none"/></fill></fills>\
                    <borders count="1"><border/></borders>\
                    <cellStyleXfs count="1"><xf/></cellStyleXfs>\
                    <cellXfs count="2"><xf fontId="0"/><xf fontId="1" applyFont="1"/></cellXfs>\
                    </styleSheet>""");
            for (int i = 1; i <= sheets.size(); i++) {
                Sheet content = sheets.get(i - 1);
                StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
                row(sheet, 1, content.header(), " s=\"1\"");
                for (int r = 0; r < content.rows().size(); r++) {
                    row(sheet, r + 2, content.rows().get(r), "");
                }
                part(zip, "xl/worksheets/sheet" + i + ".xml", sheet.append("</sheetData></worksheet>").toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void row(StringBuilder sheet, int number, List<?> cells, String style) {
        sheet.append("<row r=\"").append(number).append("\">");
        for (int column = 0; column < cells.size(); column++) {
            Object cell = cells.get(column);
            sheet.append("<c r=\"").append(columnName(column)).append(number).append('"');
            if (cell instanceof Number value) {
                sheet.append(style).append("><v>").append(value).append("</v></c>");
            } else {
                sheet.append(" t=\"inlineStr\"").append(style).append("><is><t xml:space=\"preserve\">")
                        .append(escape(cell == null ? "" : cell.toString())).append("</t></is></c>");
            }
        }
        sheet.append("</row>");
    }

    static String columnName(int index) {
        StringBuilder name = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static void part(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
