package fr.fabrikaprojets.infrastructure.pdf;

import fr.fabrikaprojets.application.statistics.ActivityStatistics;
import fr.fabrikaprojets.application.statistics.AnnualReport;
import fr.fabrikaprojets.application.statistics.AnnualReportPrinter;
import fr.fabrikaprojets.application.statistics.CommuneFigures;
import fr.fabrikaprojets.application.statistics.Highlight;
import fr.fabrikaprojets.application.statistics.PartnerFigures;
import fr.fabrikaprojets.application.statistics.PeriodFigures;
import fr.fabrikaprojets.application.statistics.SessionAttendance;
import fr.fabrikaprojets.application.statistics.StatisticsFilter;
import fr.fabrikaprojets.domain.model.orientation.OrientationState;
import fr.fabrikaprojets.domain.model.project.Field;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The annual activity report ("bilan annuel") as an A4 PDF: a cover, the key figures, two charts drawn as vectors
 * (projects by month, projects by field), the communes, the sessions with their places and attendance, the
 * orientations, and highlights from the published experience sheets.
 */
@ApplicationScoped
public class PdfAnnualReport implements AnnualReportPrinter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy à HH:mm")
            .withZone(StatisticsFilter.ZONE);
    /** Received, presented, accompanied, realised: four colours told apart with the usual colour blindnesses. */
    private static final Color[] SERIES = {new Color(0x1F, 0x4E, 0x9A), new Color(0xE6, 0x9F, 0x00),
        new Color(0x00, 0x9E, 0x73), new Color(0xCC, 0x3D, 0x8A)};
    private static final String[] SERIES_NAMES = {"Reçus", "Présentés", "Accompagnés", "Réalisés"};
    private static final Map<Field, String> FIELDS = Map.of(Field.SOLIDARITY_ECONOMY, "Économie solidaire",
            Field.SOCIAL, "Social", Field.CULTURE, "Culture", Field.SPORT, "Sport", Field.ENVIRONMENT,
            "Environnement", Field.HEALTH, "Santé", Field.EDUCATION, "Éducation", Field.OTHER, "Autre");

    @Override
    public byte[] print(AnnualReport report) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle("Bilan d’activité " + report.year() + " – " + report.platformName());
            information.setAuthor("La Fabrik à projets");
            PdfPages pages = new PdfPages(document, PdfText.embeddedFont(document));
            cover(pages, report);
            keyFigures(pages, report.statistics());
            months(pages, report.statistics());
            fields(pages, report.statistics());
            communes(pages, report.statistics());
            sessions(pages, report.statistics());
            orientations(pages, report.statistics());
            highlights(pages, report.highlights());
            pages.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Bilan annuel impossible à produire : " + e.getMessage(), e);
        }
    }

    private static void cover(PdfPages pages, AnnualReport report) throws IOException {
        pages.newPage();
        pages.drawing(180);
        pages.line("La Fabrik à projets", 14, 6);
        pages.line("Bilan d’activité " + report.year(), 30, 10);
        pages.line(report.platformName(), 18, 40);
        pages.line("Une plateforme qui accompagne les initiatives des habitants et des associations : mettre en "
                + "réseau les acteurs locaux, mutualiser les moyens, garantir l’expression et l’écoute des personnes, "
                + "respecter l’identité des porteurs d’idées, accompagner et orienter, capitaliser les expériences.",
                11, 40);
        pages.line("Document établi le " + WHEN.format(report.generatedAt()) + ".", 10, 0);
    }

    private static void keyFigures(PdfPages pages, ActivityStatistics statistics) throws IOException {
        pages.newPage();
        pages.line("Chiffres clés " + statistics.getFilter().year(), 18, 8);
        PeriodFigures year = statistics.getYear();
        float[] columns = {0, 380};
        pages.row(11, columns, "Projets reçus", number(year.getReceived()));
        pages.row(11, columns, "Projets présentés pour la première fois", number(year.getPresented()));
        pages.row(11, columns, "Projets accompagnés pour la première fois", number(year.getAccompanied()));
        pages.row(11, columns, "Projets réalisés", number(year.getRealised()));
        pages.row(11, columns, "Réunions tenues", number(statistics.getSessionsHeld()));
        pages.row(11, columns, "Personnes présentes aux réunions (total)", number(statistics.getAttendance()));
        pages.row(11, columns, "Organisations représentées aux réunions (total)",
                number(statistics.getOrganisationsRepresented()));
        pages.row(11, columns, "Projets orientés vers un partenaire", number(statistics.getOriented()));
        pages.row(11, columns, "Délai moyen de la réception à la première présentation",
                days(statistics.getToPresentation().getAverageDays()));
        pages.row(11, columns, "Délai moyen de la réception à la réalisation",
                days(statistics.getToRealisation().getAverageDays()));
        pages.line("", 10, 10);
    }

    /** Grouped bars, one group a month, one bar per milestone, with the scale's maximum and a legend. */
    private static void months(PdfPages pages, ActivityStatistics statistics) throws IOException {
        pages.line("Projets par mois", 14, 4);
        List<PeriodFigures> months = statistics.getMonths();
        long max = 1;
        for (PeriodFigures month : months) {
            max = Math.max(max, Math.max(Math.max(month.getReceived(), month.getPresented()),
                    Math.max(month.getAccompanied(), month.getRealised())));
        }
        float height = 150;
        float top = pages.drawing(height + 50);
        float base = top - height - 14;
        float left = PdfPages.MARGIN + 30;
        float group = (PdfPages.WIDTH - 30) / months.size();
        float bar = (group - 6) / 4;
        PDPageContentStream content = pages.content();
        content.setStrokingColor(Color.GRAY);
        content.moveTo(left, base);
        content.lineTo(left + group * months.size(), base);
        content.stroke();
        pages.at(number(max), 8, PdfPages.MARGIN, base + height - 8);
        pages.at("0", 8, PdfPages.MARGIN, base);
        for (int m = 0; m < months.size(); m++) {
            PeriodFigures month = months.get(m);
            long[] values = {month.getReceived(), month.getPresented(), month.getAccompanied(), month.getRealised()};
            for (int s = 0; s < values.length; s++) {
                float barHeight = height * values[s] / max;
                content.setNonStrokingColor(SERIES[s]);
                content.addRect(left + m * group + 3 + s * bar, base, bar, barHeight);
                content.fill();
            }
            content.setNonStrokingColor(Color.BLACK);
            pages.at(month.getFirst().getMonth().getDisplayName(TextStyle.SHORT, Locale.FRENCH), 8,
                    left + m * group + 4, base - 11);
        }
        legend(pages, base - 30);
    }

    private static void legend(PdfPages pages, float atY) throws IOException {
        float x = PdfPages.MARGIN + 30;
        for (int s = 0; s < SERIES.length; s++) {
            pages.content().setNonStrokingColor(SERIES[s]);
            pages.content().addRect(x, atY, 9, 9);
            pages.content().fill();
            pages.content().setNonStrokingColor(Color.BLACK);
            pages.at(SERIES_NAMES[s], 9, x + 13, atY + 1);
            x += 13 + pages.width(SERIES_NAMES[s], 9) + 20;
        }
    }

    /** Horizontal bars, one a field, with its count at the end. */
    private static void fields(PdfPages pages, ActivityStatistics statistics) throws IOException {
        pages.line("", 10, 6);
        pages.line("Projets reçus par domaine d’action", 14, 4);
        long max = 1;
        for (Field field : Field.values()) {
            max = Math.max(max, statistics.received(field));
        }
        float line = 16;
        float top = pages.drawing(line * Field.values().length + 6);
        float left = PdfPages.MARGIN + 120;
        float width = PdfPages.WIDTH - 160;
        PDPageContentStream content = pages.content();
        for (int i = 0; i < Field.values().length; i++) {
            Field field = Field.values()[i];
            float y = top - (i + 1) * line;
            pages.at(FIELDS.get(field), 9, PdfPages.MARGIN, y + 2);
            float length = width * statistics.received(field) / max;
            content.setNonStrokingColor(SERIES[0]);
            content.addRect(left, y, Math.max(length, 0.5f), line - 5);
            content.fill();
            content.setNonStrokingColor(Color.BLACK);
            pages.at(number(statistics.received(field)), 9, left + length + 4, y + 2);
        }
    }

    private static void communes(PdfPages pages, ActivityStatistics statistics) throws IOException {
        pages.newPage();
        pages.line("Projets par commune", 14, 4);
        float[] columns = {0, 190, 270, 340, 430};
        pages.row(9, columns, "Commune", "Population", "Reçus", "Pour 1 000 hab.", "Réalisés");
        for (CommuneFigures commune : statistics.getCommunes()) {
            pages.row(9, columns, commune.getName(), number(commune.getPopulation()), number(commune.getReceived()),
                    decimal(commune.getReceivedPerThousand()), number(commune.getRealised()));
        }
    }

    private static void sessions(PdfPages pages, ActivityStatistics statistics) throws IOException {
        pages.line("", 10, 8);
        pages.line("Les réunions de l’année", 14, 4);
        if (statistics.getSessions().isEmpty()) {
            pages.line("Aucune réunion cette année.", 10, 4);
            return;
        }
        float[] columns = {0, 60, 225, 320, 370, 425};
        pages.row(9, columns, "Date", "Lieu", "Mode", "État", "Présents", "Organisations");
        for (SessionAttendance session : statistics.getSessions()) {
            pages.row(9, columns, DAY.format(session.getDate()),
                    session.getPlace() == null ? "Lieu à déterminer" : session.getPlace(), session.getMode().label(),
                    session.getStatus().label(), number(session.getPeople()), number(session.getOrganisations()));
        }
    }

    private static void orientations(PdfPages pages, ActivityStatistics statistics) throws IOException {
        pages.line("", 10, 8);
        pages.line("Les orientations vers les partenaires", 14, 4);
        float[] columns = {0, 380};
        for (OrientationState outcome : OrientationState.values()) {
            pages.row(10, columns, capitalised(outcome.label()), number(statistics.oriented(outcome)));
        }
        if (!statistics.getPartners().isEmpty()) {
            pages.line("", 8, 4);
            pages.line("Partenaires les plus sollicités", 12, 2);
            float[] partnerColumns = {0, 300, 380};
            pages.row(9, partnerColumns, "Partenaire", "Projets orientés", "Aide obtenue");
            for (PartnerFigures partner : statistics.getPartners()) {
                pages.row(9, partnerColumns, partner.getPartner(), number(partner.getTotal()),
                        number(partner.count(OrientationState.HELP_OBTAINED)));
            }
        }
    }

    private static void highlights(PdfPages pages, List<Highlight> highlights) throws IOException {
        pages.newPage();
        pages.line("Initiatives marquantes", 18, 4);
        if (highlights.isEmpty()) {
            pages.line("Aucune fiche d’expérience publiée pour les projets clos cette année.", 10, 4);
            return;
        }
        pages.line("Extraits des fiches d’expérience publiées avec l’accord de leurs porteurs.", 10, 10);
        for (Highlight highlight : highlights) {
            pages.line(highlight.title(), 13, 2);
            List<String> about = new ArrayList<>(List.of(highlight.commune(), highlight.outcome() + " le "
                    + DAY.format(highlight.closedOn())));
            about.add(highlight.signature() == null ? "porteur anonyme" : "porté par " + highlight.signature());
            pages.line(String.join(" · ", about), 9, 4);
            pages.line(highlight.summary(), 10, 4);
            if (highlight.whatWorked() != null) {
                pages.line("Ce qui a marché : " + highlight.whatWorked(), 10, 4);
            }
            pages.line("", 8, 6);
        }
    }

    private static String number(long value) {
        return spaced(NumberFormat.getIntegerInstance(Locale.FRANCE).format(value));
    }

    private static String decimal(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMaximumFractionDigits(2);
        format.setMinimumFractionDigits(2);
        return spaced(format.format(value));
    }

    private static String days(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMaximumFractionDigits(1);
        return spaced(format.format(value)) + " jours";
    }

    /** French grouping uses a narrow no-break space, which the embedded font lacks. */
    private static String spaced(String formatted) {
        return formatted.replace('\u202F', ' ').replace('\u00A0', ' ');
    }

    private static String capitalised(String label) {
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
