package fr.fabrikaprojets.application;

import fr.fabrikaprojets.application.internal.Spreadsheets;
import java.util.List;

/** CSV (UTF-8 with a byte order mark and semicolons, as French spreadsheets open it) or an Excel workbook. */
public enum ExportFormat {
    CSV("text/csv;charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /**
     * A list as a file of this format: CSV (UTF-8 with a byte order mark, semicolons, cells made inert against
     * formula injection) or a one-sheet workbook. For the pages' exports of what their lists show.
     */
    public byte[] table(String sheet, List<String> header, List<List<String>> rows) {
        return Spreadsheets.write(sheet, header, rows, this);
    }
}
