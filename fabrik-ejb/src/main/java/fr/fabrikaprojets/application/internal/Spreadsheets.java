package fr.fabrikaprojets.application.internal;

import fr.fabrikaprojets.application.ExportFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Every export of a list, in the same two forms: CSV in UTF-8 with a byte order mark and semicolons (what French
 * spreadsheets open as is), or an Excel workbook of one sheet. Cells are made inert against formula injection.
 */
public final class Spreadsheets {

    private Spreadsheets() {
    }

    public static byte[] write(String sheet, List<String> header, List<List<String>> rows, ExportFormat format) {
        if (format == ExportFormat.XLSX) {
            return XlsxWorkbook.of(sheet, header, rows);
        }
        StringBuilder csv = new StringBuilder("\uFEFF").append(CsvTable.format(header)).append("\r\n");
        rows.forEach(row -> csv.append(CsvTable.format(row)).append("\r\n"));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
