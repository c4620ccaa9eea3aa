package fr.fabrikaprojets.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fabrikaprojets.application.statistics.ActivityStatistics;
import fr.fabrikaprojets.application.statistics.AnnualReport;
import fr.fabrikaprojets.application.statistics.CommuneFigures;
import fr.fabrikaprojets.application.statistics.Delay;
import fr.fabrikaprojets.application.statistics.Highlight;
import fr.fabrikaprojets.application.statistics.PartnerFigures;
import fr.fabrikaprojets.application.statistics.PeriodFigures;
import fr.fabrikaprojets.application.statistics.SessionAttendance;
import fr.fabrikaprojets.application.statistics.StatisticsFilter;
import fr.fabrikaprojets.domain.model.orientation.OrientationState;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.project.ProjectState;
import fr.fabrikaprojets.domain.model.session.SessionMode;
import fr.fabrikaprojets.domain.model.session.SessionStatus;
import fr.fabrikaprojets.infrastructure.pdf.PdfAnnualReport;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The annual report's two files, read back with the libraries a funder's office would use (Apache POI for the
 * workbook, PDFBox's text extraction for the PDF), hold the figures of the report they were made from.
 */
class AnnualReportFilesTest {

    private static final int YEAR = 2025;

    @Test
    void theWorkbookHasOneSheetPerTableWithTheFiguresAsNumbers() throws Exception {
        AnnualReport report = report("fr");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(AnnualReportWorkbook.write(report)))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertEquals(List.of("Chiffres clés", "Par mois", "Par année", "Par domaine", "Par commune", "Réunions",
                    "Orientations", "Partenaires", "Initiatives"), names);
            Sheet key = workbook.getSheet("Chiffres clés");
            assertEquals(1234, number(key, "Projets reçus"));
            assertEquals(2, number(key, "Réunions tenues"), "a cancelled session was not held");
            assertEquals(41, number(key, "Personnes présentes aux réunions (total)"));
            assertEquals(36.5, number(key, "Délai moyen de la réception à la première présentation (jours)"));
            Sheet months = workbook.getSheet("Par mois");
            assertEquals("mars", months.getRow(3).getCell(0).getStringCellValue());
            assertEquals(3, months.getRow(3).getCell(1).getNumericCellValue());
            assertEquals(103, months.getRow(3).getCell(2).getNumericCellValue());
            assertEquals(12, months.getLastRowNum());
            Sheet communes = workbook.getSheet("Par commune");
            assertEquals("Liévin", communes.getRow(1).getCell(0).getStringCellValue());
            assertEquals(0.65, communes.getRow(1).getCell(4).getNumericCellValue(), 1e-9, "20 for 30,712 people");
            Sheet sessions = workbook.getSheet("Réunions");
            assertEquals("Lieu à déterminer", sessions.getRow(2).getCell(1).getStringCellValue());
            assertEquals(4, sessions.getRow(1).getCell(5).getNumericCellValue());
            Sheet partners = workbook.getSheet("Partenaires");
            assertEquals("CAF", partners.getRow(1).getCell(0).getStringCellValue());
            assertEquals(6, partners.getRow(1).getCell(1).getNumericCellValue(), "projects, not orientations");
            assertEquals(5, partners.getRow(1).getCell(2 + OrientationState.HELP_OBTAINED.ordinal())
                    .getNumericCellValue());
            Sheet highlights = workbook.getSheet("Initiatives");
            assertEquals("Contes en yourte", highlights.getRow(1).getCell(0).getStringCellValue());
            assertEquals("Porteur anonyme", highlights.getRow(1).getCell(4).getStringCellValue());
            assertEquals("Зоя Иванова", highlights.getRow(2).getCell(4).getStringCellValue());
        }
    }

    @Test
    void thePdfHasACoverTheKeyFiguresTheSessionsAndTheHighlights() throws Exception {
        byte[] pdf = new PdfAnnualReport().print(report("fr"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() >= 4, "cover, figures and charts, communes and sessions, highlights");
            assertEquals("Bilan d’activité 2025 – Lens-Liévin", document.getDocumentInformation().getTitle());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String cover = stripper.getText(document);
            assertTrue(cover.contains("Bilan d’activité 2025"), cover);
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Projets reçus 1 234"), text);
            assertTrue(text.contains("Délai moyen de la réception à la première présentation 36,5 jours"), text);
            assertTrue(text.contains("Maison des associations, Liévin"), text);
            assertTrue(text.contains("Lieu à déterminer"), text);
            assertTrue(text.contains("Liévin 30 712 20 0,65 2"), text);
            assertTrue(text.contains("Contes en yourte"), text);
            assertTrue(text.contains("porté par Зоя Иванова"), "Cyrillic names print as written");
            assertTrue(text.contains("Ce qui a marché : Les familles sont venues."), text);
            assertFalse(text.contains("?"), "every character is in the embedded font");
        }
    }

    @Test
    void anEnglishReaderGetsTheWorkbookInEnglish() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                AnnualReportWorkbook.write(report("en"))))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertEquals(List.of("Key figures", "By month", "By year", "By field", "By commune", "Sessions",
                    "Orientations", "Partners", "Initiatives"), names);
            Sheet key = workbook.getSheet("Key figures");
            assertEquals(1234, number(key, "Projects received"));
            assertEquals(36.5, number(key, "Average time from reception to first presentation (days)"));
            assertEquals("March", workbook.getSheet("By month").getRow(3).getCell(0).getStringCellValue());
            Sheet sessions = workbook.getSheet("Sessions");
            assertEquals(List.of("Date", "Place", "Mode", "Status", "People present", "Organisations represented",
                    "Projects on the agenda"), header(sessions));
            assertEquals("Place to be decided", sessions.getRow(2).getCell(1).getStringCellValue());
            assertEquals("videoconference", sessions.getRow(2).getCell(2).getStringCellValue());
            assertEquals("cancelled", sessions.getRow(3).getCell(3).getStringCellValue());
            assertEquals("help obtained", header(workbook.getSheet("Partners"))
                    .get(2 + OrientationState.HELP_OBTAINED.ordinal()));
            assertEquals("culture", workbook.getSheet("By field").getRow(1 + Field.CULTURE.ordinal()).getCell(0)
                    .getStringCellValue());
            Sheet highlights = workbook.getSheet("Initiatives");
            assertEquals("realised", highlights.getRow(1).getCell(2).getStringCellValue());
            assertEquals("Anonymous holder", highlights.getRow(1).getCell(4).getStringCellValue());
        }
    }

    @Test
    void anEnglishReaderGetsThePdfInEnglish() throws Exception {
        try (PDDocument document = Loader.loadPDF(new PdfAnnualReport().print(report("en")))) {
            assertEquals("Activity report 2025 – Lens-Liévin", document.getDocumentInformation().getTitle());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Projects received 1,234"), text);
            assertTrue(text.contains("Average time from reception to first presentation 36.5 days"), text);
            assertTrue(text.contains("Liévin 30,712 20 0.65 2"), text);
            assertTrue(text.contains("Place to be decided"), text);
            assertTrue(text.contains("realised on 30 Jun 2025"), text);
            assertTrue(text.contains("led by Зоя Иванова"), text);
            assertTrue(text.contains("What worked: Les familles sont venues."), text);
            for (String french : List.of("Projets", "Réunions", "Lieu", "porté", "Délai", "jours")) {
                assertFalse(text.contains(french), "no French heading left: " + french);
            }
        }
    }

    private static List<String> header(Sheet sheet) {
        List<String> cells = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> cells.add(cell.getStringCellValue()));
        return cells;
    }

    private static double number(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0).getStringCellValue().equals(label)) {
                return row.getCell(1).getNumericCellValue();
            }
        }
        throw new AssertionError("no row " + label);
    }

    private static AnnualReport report(String language) {
        List<PeriodFigures> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            LocalDate first = LocalDate.of(YEAR, m, 1);
            months.add(new PeriodFigures(first, first.plusMonths(1).minusDays(1), m, 100 + m, 200 + m, 300 + m));
        }
        PeriodFigures year = new PeriodFigures(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31), 1234, 78, 56, 34);
        List<SessionAttendance> sessions = List.of(
                new SessionAttendance(1, LocalDate.of(YEAR, 1, 31), "Maison des associations, Liévin",
                        SessionMode.ON_SITE, SessionStatus.HELD, 25, 4, 3),
                new SessionAttendance(2, LocalDate.of(YEAR, 2, 28), null, SessionMode.VIDEO, SessionStatus.HELD, 16, 2,
                        2),
                new SessionAttendance(3, LocalDate.of(YEAR, 3, 28), null, SessionMode.ON_SITE, SessionStatus.CANCELLED,
                        0, 0, 0));
        ActivityStatistics statistics = new ActivityStatistics(java.time.Instant.parse("2025-01-15T09:00:00Z"),
                new StatisticsFilter("lens-lievin", YEAR, null, null), year, months, List.of(year),
                Map.of(Field.CULTURE, 12L, Field.SPORT, 3L),
                List.of(new CommuneFigures("62510", "Liévin", 30712, 20, 2),
                        new CommuneFigures("62498", "Lens", 31537, 0, 0)),
                sessions, Map.of(OrientationState.HELP_OBTAINED, 5L, OrientationState.REFUSED, 2L), 6,
                List.of(new PartnerFigures(99, "CAF", 6, Map.of(OrientationState.HELP_OBTAINED, 5L,
                        OrientationState.REFUSED, 2L))),
                new Delay(10, 36.5), new Delay(3, 181.25));
        List<Highlight> highlights = List.of(
                new Highlight("Contes en yourte", "Liévin", ProjectState.REALISED, LocalDate.of(YEAR, 6, 30), null,
                        "Des contes pour les familles.", "Les familles sont venues."),
                new Highlight("Chorale des mineurs", "Lens", ProjectState.REALISED, LocalDate.of(YEAR, 9, 1), "Зоя Иванова",
                        "Une chorale de quartier.", null));
        return new AnnualReport("Lens-Liévin", YEAR, Instant.parse("2026-01-05T09:00:00Z"), statistics, highlights,
                language);
    }
}
