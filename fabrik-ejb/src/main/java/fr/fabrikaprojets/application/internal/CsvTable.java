package fr.fabrikaprojets.application.internal;

import fr.fabrikaprojets.domain.shared.BusinessException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A CSV file as spreadsheets write it: UTF-8 (with or without a byte order mark), separated by semicolons or commas
 * (whichever the header uses), fields quoted with double quotes when they hold a separator, a quote or a line break.
 * A file in another encoding is refused, not guessed: a wrong guess would import wrong names.
 */
final class CsvTable {

    private final List<String> header;
    private final List<Line> lines;

    record Line(int number, List<String> cells) {
    }

    private CsvTable(List<String> header, List<Line> lines) {
        this.header = header;
        this.lines = lines;
    }

    static CsvTable read(byte[] content, int maxLines) {
        if (content == null || content.length == 0) {
            throw BusinessException.invalid("Le fichier est vide.");
        }
        String text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int firstBreak = text.indexOf('\n');
        String firstLine = firstBreak < 0 ? text : text.substring(0, firstBreak);
        char separator = count(firstLine, ';') >= count(firstLine, ',') && count(firstLine, ';') > 0 ? ';' : ',';
        List<Line> records = parse(text, separator);
        if (records.isEmpty()) {
            throw BusinessException.invalid("Le fichier est vide.");
        }
        if (records.size() - 1 > maxLines) {
            throw BusinessException.invalid("Le fichier compte " + (records.size() - 1) + " lignes ; un import en prend "
                    + maxLines + " au plus : découpez-le.");
        }
        List<String> header = records.get(0).cells().stream().map(CsvTable::key).toList();
        return new CsvTable(header, records.subList(1, records.size()));
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw BusinessException.invalid("Le fichier n'est pas encodé en UTF-8 (il vient sans doute d'Excel en "
                    + "« CSV (séparateur : point-virgule) ») : enregistrez-le en « CSV UTF-8 » et importez-le à nouveau.");
        }
    }

    private static int count(String text, char wanted) {
        return (int) text.chars().filter(c -> c == wanted).count();
    }

    private static List<Line> parse(String text, char separator) {
        List<Line> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                addUnlessBlank(records, recordLine, cells);
                cells = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw BusinessException.invalid("Ligne " + recordLine + " : un guillemet ouvert n'est jamais fermé.");
        }
        cells.add(cell.toString());
        addUnlessBlank(records, recordLine, cells);
        return records;
    }

    private static void addUnlessBlank(List<Line> records, int number, List<String> cells) {
        if (cells.stream().anyMatch(value -> !value.isBlank())) {
            records.add(new Line(number, cells.stream().map(String::strip).map(CsvTable::plainText).toList()));
        }
    }

    /**
     * A column as a French and as an English file name it: a file in either language imports, each export is
     * written in its reader's.
     */
    record Column(String french, String english) {

        String in(boolean inEnglish) {
            return inEnglish ? english : french;
        }
    }

    /** Refuses a file without these columns, naming those missing in the reader's language. */
    void require(boolean inEnglish, Column... columns) {
        List<String> missing = new ArrayList<>();
        for (Column column : columns) {
            if (!has(column)) {
                missing.add(column.in(inEnglish));
            }
        }
        if (missing.size() == 1) {
            throw BusinessException.invalid("Colonne manquante : " + missing.get(0) + ". La première ligne doit "
                    + "nommer les colonnes (voir les colonnes attendues).");
        }
        if (!missing.isEmpty()) {
            throw BusinessException.invalid("Colonnes manquantes : " + String.join(", ", missing) + ". La première "
                    + "ligne doit nommer les colonnes (voir les colonnes attendues).");
        }
    }

    /** Whether the file has this column, in either language: an import changes only the columns a file has. */
    boolean has(Column column) {
        return index(column) >= 0;
    }

    List<Line> lines() {
        return lines;
    }

    /** The cell of a line in this column, or "" when the line is shorter or the column absent. */
    String cell(Line line, Column column) {
        int index = index(column);
        return index < 0 || index >= line.cells().size() ? "" : line.cells().get(index);
    }

    private int index(Column column) {
        int french = header.indexOf(key(column.french()));
        return french >= 0 ? french : header.indexOf(key(column.english()));
    }

    /**
     * A cell a spreadsheet will not run as a formula, nor read as a number: one starting with = + - @ gets a leading
     * apostrophe, as spreadsheets themselves write text ("+33 3 21…" stays a phone number). Reading strips it back.
     */
    static String inert(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String plainText(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }

    /** Lower case, without accents, spaces as underscores: "Nom court" and "nom_court" name the same column. */
    static String key(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    /** Lower case without accents, for matching labels typed by hand. */
    static String plain(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[\\s'’-]+", " ");
    }

    /** One line of CSV: semicolons, quotes where needed. */
    static String format(List<String> cells) {
        List<String> out = new ArrayList<>();
        for (String value : cells) {
            String text = inert(value == null ? "" : value);
            out.add(text.matches("(?s).*[;\"\\r\\n,].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text);
        }
        return String.join(";", out);
    }
}
