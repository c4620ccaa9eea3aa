package fr.fabrikaprojets.application.internal;

import fr.fabrikaprojets.application.statistics.ActivityStatistics;
import fr.fabrikaprojets.application.statistics.AnnualReport;
import fr.fabrikaprojets.application.statistics.CommuneFigures;
import fr.fabrikaprojets.application.statistics.Highlight;
import fr.fabrikaprojets.application.statistics.PartnerFigures;
import fr.fabrikaprojets.application.statistics.PeriodFigures;
import fr.fabrikaprojets.application.statistics.ReportTexts;
import fr.fabrikaprojets.application.statistics.SessionAttendance;
import fr.fabrikaprojets.domain.model.orientation.OrientationState;
import fr.fabrikaprojets.domain.model.project.Field;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The annual report as a workbook: one sheet per table of the PDF, numbers as numbers, in the reader's language. */
final class AnnualReportWorkbook {

    private static final List<String> MILESTONES = List.of("series.received", "series.presented",
            "series.accompanied", "series.realised");

    private AnnualReportWorkbook() {
    }

    static byte[] write(AnnualReport report) {
        ReportTexts texts = ReportTexts.in(report.language());
        ActivityStatistics statistics = report.statistics();
        List<XlsxWorkbook.Sheet> sheets = new ArrayList<>();
        sheets.add(new XlsxWorkbook.Sheet(texts.text("sheet.key"), List.of(texts.text("sheet.key.indicator"),
                texts.text("sheet.key.value")), keyFigures(texts, statistics)));
        sheets.add(periods(texts, "sheet.months", "sheet.months.month", statistics.getMonths(), true));
        sheets.add(periods(texts, "sheet.years", "sheet.years.year", statistics.getYears(), false));
        List<List<?>> fields = new ArrayList<>();
        for (Field field : Field.values()) {
            fields.add(List.of(texts.label(field, DirectoryColumns.THEME_LABELS.get(field)),
                    statistics.received(field)));
        }
        sheets.add(new XlsxWorkbook.Sheet(texts.text("sheet.fields"), List.of(texts.text("sheet.fields.field"),
                texts.text("communes.receivedProjects")), fields));
        List<List<?>> communes = new ArrayList<>();
        for (CommuneFigures commune : statistics.getCommunes()) {
            communes.add(List.of(commune.getName(), commune.getInseeCode(), commune.getPopulation(),
                    commune.getReceived(), Math.round(commune.getReceivedPerThousand() * 100) / 100.0,
                    commune.getRealised()));
        }
        sheets.add(new XlsxWorkbook.Sheet(texts.text("sheet.communes"), headings(texts, "communes.commune",
                "communes.insee", "communes.population", "communes.receivedProjects", "communes.perThousand.long",
                "communes.realisedProjects"), communes));
        List<List<?>> sessions = new ArrayList<>();
        for (SessionAttendance session : statistics.getSessions()) {
            sessions.add(List.of(texts.day(session.getDate()), session.getPlace() == null
                    ? texts.text("sessions.placeUnknown") : session.getPlace(),
                    texts.label(session.getMode(), session.getMode().label()),
                    texts.label(session.getStatus(), session.getStatus().label()), session.getPeople(),
                    session.getOrganisations(), session.getProjects()));
        }
        sheets.add(new XlsxWorkbook.Sheet(texts.text("sheet.sessions"), headings(texts, "sessions.date",
                "sessions.place", "sessions.mode", "sessions.status", "sessions.presentPeople",
                "sessions.organisationsRepresented", "sessions.projects"), sessions));
        List<List<?>> outcomes = new ArrayList<>();
        for (OrientationState outcome : OrientationState.values()) {
            outcomes.add(List.of(texts.label(outcome, outcome.label()), statistics.oriented(outcome)));
        }
        sheets.add(new XlsxWorkbook.Sheet(texts.text("sheet.orientations"), headings(texts, "orientations.outcome",
                "orientations.oriented"), outcomes));
        List<String> partnerHeader = new ArrayList<>(headings(texts, "partners.partner", "partners.oriented"));
        for (OrientationState outcome : OrientationState.values()) {
            partnerHeader.add(texts.label(outcome, outcome.label()));
        }
        List<List<?>> partners = new ArrayList<>();
        for (PartnerFigures partner : statistics.getPartners()) {
            List<Object> row = new ArrayList<>(List.of(partner.getPartner(), partner.getTotal()));
            for (OrientationState outcome : OrientationState.values()) {
                row.add(partner.count(outcome));
            }
            partners.add(row);
        }
        sheets.add(new XlsxWorkbook.Sheet(texts.text("sheet.partners"), partnerHeader, partners));
        List<List<?>> highlights = new ArrayList<>();
        for (Highlight highlight : report.highlights()) {
            highlights.add(List.of(highlight.title(), highlight.commune(),
                    texts.label(highlight.outcome(), highlight.outcome().label()), texts.day(highlight.closedOn()),
                    highlight.signature() == null ? texts.text("highlights.anonymousHolder") : highlight.signature(),
                    highlight.summary(), highlight.whatWorked() == null ? "" : highlight.whatWorked()));
        }
        sheets.add(new XlsxWorkbook.Sheet(texts.text("sheet.highlights"), headings(texts, "highlights.initiative",
                "highlights.commune", "highlights.outcome", "highlights.closedOn", "highlights.holder",
                "highlights.summary", "highlights.whatWorkedColumn"), highlights));
        return XlsxWorkbook.of(sheets);
    }

    private static List<String> headings(ReportTexts texts, String... keys) {
        return Stream.of(keys).map(texts::text).toList();
    }

    private static List<List<?>> keyFigures(ReportTexts texts, ActivityStatistics statistics) {
        PeriodFigures year = statistics.getYear();
        return List.of(
                List.of(texts.text("key.year"), statistics.getFilter().year()),
                List.of(texts.text("key.received"), year.getReceived()),
                List.of(texts.text("key.presented"), year.getPresented()),
                List.of(texts.text("key.accompanied"), year.getAccompanied()),
                List.of(texts.text("key.realised"), year.getRealised()),
                List.of(texts.text("key.sessions"), statistics.getSessionsHeld()),
                List.of(texts.text("key.attendance"), statistics.getAttendance()),
                List.of(texts.text("key.organisations"), statistics.getOrganisationsRepresented()),
                List.of(texts.text("key.oriented"), statistics.getOriented()),
                List.of(texts.text("key.toPresentation.days"),
                        Math.round(statistics.getToPresentation().getAverageDays() * 10) / 10.0),
                List.of(texts.text("key.toRealisation.days"),
                        Math.round(statistics.getToRealisation().getAverageDays() * 10) / 10.0));
    }

    private static XlsxWorkbook.Sheet periods(ReportTexts texts, String name, String unit,
            List<PeriodFigures> periods, boolean monthly) {
        List<String> header = new ArrayList<>(List.of(texts.text(unit)));
        MILESTONES.forEach(milestone -> header.add(texts.text(milestone)));
        List<List<?>> rows = new ArrayList<>();
        for (PeriodFigures period : periods) {
            String label = monthly ? texts.month(period.getFirst().getMonth(), TextStyle.FULL)
                    : String.valueOf(period.getFirst().getYear());
            rows.add(List.of(label, period.getReceived(), period.getPresented(), period.getAccompanied(),
                    period.getRealised()));
        }
        return new XlsxWorkbook.Sheet(texts.text(name), header, rows);
    }
}
