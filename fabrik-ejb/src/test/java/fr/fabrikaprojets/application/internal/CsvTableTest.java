package fr.fabrikaprojets.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fabrikaprojets.domain.shared.BusinessException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void readsSemicolonsQuotesLineBreaksAndAByteOrderMark() {
        CsvTable table = CsvTable.read(utf8("\uFEFFNom court;Nom complet\r\n\"A;B\";\"Dit \"\"le centre\"\"\nsur deux lignes\"\r\n\r\nC;D\n"),
                10);
        assertEquals(2, table.lines().size(), "the blank line is skipped");
        CsvTable.Line first = table.lines().get(0);
        assertEquals(2, first.number());
        assertEquals("A;B", table.cell(first, column("nom_court")));
        assertEquals("Dit \"le centre\"\nsur deux lignes", table.cell(first, column("NOM COMPLET")));
        assertEquals(5, table.lines().get(1).number(), "numbers count the lines of the file, quoted breaks included");
    }

    @Test
    void readsCommasWhenTheHeaderUsesThem() {
        CsvTable table = CsvTable.read(utf8("nom,type\n\"Lens, centre\",association"), 10);
        assertEquals("Lens, centre", table.cell(table.lines().get(0), column("nom")));
        assertEquals("", table.cell(table.lines().get(0), column("absente")));
    }

    @Test
    void refusesAnotherEncodingMissingColumnsTooManyLinesAndAnOpenQuote() {
        assertMessage("UTF-8", () -> CsvTable.read("nom\nLiévin".getBytes(StandardCharsets.ISO_8859_1), 10));
        assertMessage("Colonnes manquantes : nom_complet, type",
                () -> CsvTable.read(utf8("nom_court\nA"), 10).require(false, DirectoryColumns.SHORT_NAME,
                        DirectoryColumns.FULL_NAME, DirectoryColumns.KIND));
        assertMessage("Colonne manquante : full_name.", () -> CsvTable.read(utf8("nom_court;kind\nA;B"), 10)
                .require(true, DirectoryColumns.SHORT_NAME, DirectoryColumns.FULL_NAME, DirectoryColumns.KIND));
        assertMessage("3 lignes", () -> CsvTable.read(utf8("a\n1\n2\n3"), 2));
        assertMessage("guillemet", () -> CsvTable.read(utf8("a\n\"1"), 2));
        assertMessage("vide", () -> CsvTable.read(new byte[0], 2));
    }

    @Test
    void writesWhatItReads() {
        String line = CsvTable.format(List.of("simple", "a;b", "il dit \"oui\"", ""));
        assertEquals("simple;\"a;b\";\"il dit \"\"oui\"\"\";", line);
        CsvTable back = CsvTable.read(utf8("w;x;y;z\n" + line), 1);
        assertEquals("il dit \"oui\"", back.cell(back.lines().get(0), column("y")));
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreWrittenAsTextAndReadBack() {
        String line = CsvTable.format(List.of("=HYPERLINK(\"http://x\")", "+33 3 21 00 00 00", "-", "@a", "ok"));
        assertTrue(line.startsWith("\"'=HYPERLINK"), line);
        CsvTable back = CsvTable.read(utf8("a;b;c;d;e\n" + line), 1);
        CsvTable.Line read = back.lines().get(0);
        assertEquals("=HYPERLINK(\"http://x\")", back.cell(read, column("a")));
        assertEquals("+33 3 21 00 00 00", back.cell(read, column("b")));
        assertEquals("@a", back.cell(read, column("d")));
        assertEquals("ok", back.cell(read, column("e")));
    }

    @Test
    void labelsMatchWithoutCaseOrAccents() {
        assertEquals("economie solidaire", CsvTable.plain(" Économie  Solidaire "));
        assertEquals("nom_complet", CsvTable.key("Nom complet"));
    }

    @Test
    void aColumnIsFoundUnderItsFrenchOrItsEnglishName() {
        CsvTable table = CsvTable.read(utf8("short_name;nom_complet\nA;Association A"), 10);
        CsvTable.Line line = table.lines().get(0);
        assertEquals("A", table.cell(line, DirectoryColumns.SHORT_NAME));
        assertEquals("Association A", table.cell(line, DirectoryColumns.FULL_NAME));
        assertTrue(table.has(DirectoryColumns.SHORT_NAME));
        assertTrue(!table.has(DirectoryColumns.KIND));
    }

    /** A column read under one name only, as the tests of reading spell it. */
    private static CsvTable.Column column(String name) {
        return new CsvTable.Column(name, name);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertMessage(String part, org.junit.jupiter.api.function.Executable call) {
        BusinessException refused = assertThrows(BusinessException.class, call);
        assertTrue(refused.getMessage().contains(part), refused.getMessage());
    }
}
