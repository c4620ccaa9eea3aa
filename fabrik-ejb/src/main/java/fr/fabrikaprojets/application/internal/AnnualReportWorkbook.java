package fr.fabrikaprojets.application.internal;

import fr.fabrikaprojets.application.statistics.ActivityStatistics;
import fr.fabrikaprojets.application.statistics.AnnualReport;
import fr.fabrikaprojets.application.statistics.CommuneFigures;
import fr.fabrikaprojets.application.statistics.Highlight;
import fr.fabrikaprojets.application.statistics.PartnerFigures;
import fr.fabrikaprojets.application.statistics.PeriodFigures;
import fr.fabrikaprojets.application.statistics.SessionAttendance;
import fr.fabrikaprojets.domain.model.orientation.OrientationState;
import fr.fabrikaprojets.domain.model.project.Field;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The annual report as a workbook: one sheet per table of the PDF, numbers as numbers. */
final class AnnualReportWorkbook {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> MILESTONES = List.of("Reçus", "Présentés", "Accompagnés", "Réalisés");

    private AnnualReportWorkbook() {
    }

    static byte[] write(AnnualReport report) {
        ActivityStatistics statistics = report.statistics();
        List<XlsxWorkbook.Sheet> sheets = new ArrayList<>();
        sheets.add(new XlsxWorkbook.Sheet("Chiffres clés", List.of("Indicateur", "Valeur"), keyFigures(statistics)));
        sheets.add(periods("Par mois", "Mois", statistics.getMonths(), true));
        sheets.add(periods("Par année", "Année", statistics.getYears(), false));
        List<List<?>> fields = new ArrayList<>();
        for (Field field : Field.values()) {
            fields.add(List.of(DirectoryColumns.THEME_LABELS.get(field), statistics.received(field)));
        }
        sheets.add(new XlsxWorkbook.Sheet("Par domaine", List.of("Domaine", "Projets reçus"), fields));
        List<List<?>> communes = new ArrayList<>();
        for (CommuneFigures commune : statistics.getCommunes()) {
            communes.add(List.of(commune.getName(), commune.getInseeCode(), commune.getPopulation(),
                    commune.getReceived(), Math.round(commune.getReceivedPerThousand() * 100) / 100.0,
                    commune.getRealised()));
        }
        sheets.add(new XlsxWorkbook.Sheet("Par commune", List.of("Commune", "Code INSEE", "Population",
                "Projets reçus", "Reçus pour 1 000 habitants", "Projets réalisés"), communes));
        List<List<?>> sessions = new ArrayList<>();
        for (SessionAttendance session : statistics.getSessions()) {
            sessions.add(List.of(DAY.format(session.getDate()),
                    session.getPlace() == null ? "Lieu à déterminer" : session.getPlace(), session.getMode().label(),
                    session.getStatus().label(), session.getPeople(), session.getOrganisations(),
                    session.getProjects()));
        }
        sheets.add(new XlsxWorkbook.Sheet("Réunions", List.of("Date", "Lieu", "Mode", "État", "Personnes présentes",
                "Organisations représentées", "Projets à l’ordre du jour"), sessions));
        List<List<?>> outcomes = new ArrayList<>();
        for (OrientationState outcome : OrientationState.values()) {
            outcomes.add(List.of(outcome.label(), statistics.oriented(outcome)));
        }
        sheets.add(new XlsxWorkbook.Sheet("Orientations", List.of("Suite donnée", "Projets orientés"), outcomes));
        List<String> partnerHeader = new ArrayList<>(List.of("Partenaire", "Projets orientés"));
        for (OrientationState outcome : OrientationState.values()) {
            partnerHeader.add(outcome.label());
        }
        List<List<?>> partners = new ArrayList<>();
        for (PartnerFigures partner : statistics.getPartners()) {
            List<Object> row = new ArrayList<>(List.of(partner.getPartner(), partner.getTotal()));
            for (OrientationState outcome : OrientationState.values()) {
                row.add(partner.count(outcome));
            }
            partners.add(row);
        }
        sheets.add(new XlsxWorkbook.Sheet("Partenaires", partnerHeader, partners));
        List<List<?>> highlights = new ArrayList<>();
        for (Highlight highlight : report.highlights()) {
            highlights.add(List.of(highlight.title(), highlight.commune(), highlight.outcome(),
                    DAY.format(highlight.closedOn()), highlight.signature() == null ? "Porteur anonyme"
                            : highlight.signature(), highlight.summary(),
                    highlight.whatWorked() == null ? "" : highlight.whatWorked()));
        }
        sheets.add(new XlsxWorkbook.Sheet("Initiatives", List.of("Initiative", "Commune", "Issue", "Close le",
                "Porteur", "Résumé", "Ce qui a marché"), highlights));
        return XlsxWorkbook.of(sheets);
    }

    private static List<List<?>> keyFigures(ActivityStatistics statistics) {
        PeriodFigures year = statistics.getYear();
        return List.of(
                List.of("Année", statistics.getFilter().year()),
                List.of("Projets reçus", year.getReceived()),
                List.of("Projets présentés pour la première fois", year.getPresented()),
                List.of("Projets accompagnés pour la première fois", year.getAccompanied()),
                List.of("Projets réalisés", year.getRealised()),
                List.of("Réunions tenues", statistics.getSessionsHeld()),
                List.of("Personnes présentes aux réunions (total)", statistics.getAttendance()),
                List.of("Organisations représentées aux réunions (total)", statistics.getOrganisationsRepresented()),
                List.of("Projets orientés vers un partenaire", statistics.getOriented()),
                List.of("Délai moyen de la réception à la première présentation (jours)",
                        Math.round(statistics.getToPresentation().getAverageDays() * 10) / 10.0),
                List.of("Délai moyen de la réception à la réalisation (jours)",
                        Math.round(statistics.getToRealisation().getAverageDays() * 10) / 10.0));
    }

    private static XlsxWorkbook.Sheet periods(String name, String unit, List<PeriodFigures> periods,
            boolean monthly) {
        List<String> header = new ArrayList<>(List.of(unit));
        header.addAll(MILESTONES);
        List<List<?>> rows = new ArrayList<>();
        for (PeriodFigures period : periods) {
            String label = monthly ? period.getFirst().getMonth().getDisplayName(TextStyle.FULL, Locale.FRENCH)
                    : String.valueOf(period.getFirst().getYear());
            rows.add(List.of(label, period.getReceived(), period.getPresented(), period.getAccompanied(),
                    period.getRealised()));
        }
        return new XlsxWorkbook.Sheet(name, header, rows);
    }
}
