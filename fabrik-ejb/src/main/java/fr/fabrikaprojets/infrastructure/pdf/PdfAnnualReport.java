package fr.fabrikaprojets.infrastructure.pdf;

import fr.fabrikaprojets.application.statistics.ActivityStatistics;
import fr.fabrikaprojets.application.statistics.AnnualReport;
import fr.fabrikaprojets.application.statistics.AnnualReportPrinter;
import fr.fabrikaprojets.application.statistics.CommuneFigures;
import fr.fabrikaprojets.application.statistics.Highlight;
import fr.fabrikaprojets.application.statistics.PartnerFigures;
import fr.fabrikaprojets.application.statistics.PeriodFigures;
import fr.fabrikaprojets.application.statistics.ReportTexts;
import fr.fabrikaprojets.application.statistics.SessionAttendance;
import fr.fabrikaprojets.application.statistics.StatisticsFilter;
import fr.fabrikaprojets.domain.model.orientation.OrientationState;
import fr.fabrikaprojets.domain.model.project.Field;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The annual activity report ("bilan annuel") as an A4 PDF: a cover, the key figures, two charts drawn as vectors
 * (projects by month, projects by field), the communes, the sessions with their places and attendance, the
 * orientations, and highlights from the published experience sheets; in French or English, as its reader reads.
 */
@ApplicationScoped
public class PdfAnnualReport implements AnnualReportPrinter {

    /** Received, presented, accompanied, realised: four colours told apart with the usual colour blindnesses. */
    private static final Color[] SERIES = {new Color(0x1F, 0x4E, 0x9A), new Color(0xE6, 0x9F, 0x00),
        new Color(0x00, 0x9E, 0x73), new Color(0xCC, 0x3D, 0x8A)};
    private static final String[] SERIES_NAMES = {"series.received", "series.presented", "series.accompanied",
        "series.realised"};
    private static final Map<Field, String> FIELDS = Map.of(Field.SOLIDARITY_ECONOMY, "Économie solidaire",
            Field.SOCIAL, "Social", Field.CULTURE, "Culture", Field.SPORT, "Sport", Field.ENVIRONMENT,
            "Environnement", Field.HEALTH, "Santé", Field.EDUCATION, "Éducation", Field.OTHER, "Autre");

    @Override
    public byte[] print(AnnualReport report) {
        ReportTexts texts = ReportTexts.in(report.language());
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(texts.text("document.title", "year", report.year(), "platform",
                    report.platformName()));
            information.setAuthor(texts.text("platform"));
            PdfPages pages = new PdfPages(document, PdfText.embeddedFont(document));
            cover(pages, texts, report);
            keyFigures(pages, texts, report.statistics());
            months(pages, texts, report.statistics());
            fields(pages, texts, report.statistics());
            communes(pages, texts, report.statistics());
            sessions(pages, texts, report.statistics());
            orientations(pages, texts, report.statistics());
            highlights(pages, texts, report.highlights());
            pages.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Bilan annuel impossible à produire : " + e.getMessage(), e);
        }
    }

    private static void cover(PdfPages pages, ReportTexts texts, AnnualReport report) throws IOException {
        pages.newPage();
        pages.drawing(180);
        pages.line(texts.text("platform"), 14, 6);
        pages.line(texts.text("title", "year", report.year()), 30, 10);
        pages.line(report.platformName(), 18, 40);
        pages.line(texts.text("cover.principles"), 11, 40);
        pages.line(texts.text("cover.generated", "when", texts.when(report.generatedAt().atZone(StatisticsFilter.ZONE))),
                10, 0);
    }

    private static void keyFigures(PdfPages pages, ReportTexts texts, ActivityStatistics statistics)
            throws IOException {
        pages.newPage();
        pages.line(texts.text("key.title", "year", statistics.getFilter().year()), 18, 8);
        PeriodFigures year = statistics.getYear();
        float[] columns = {0, 380};
        pages.row(11, columns, texts.text("key.received"), number(texts, year.getReceived()));
        pages.row(11, columns, texts.text("key.presented"), number(texts, year.getPresented()));
        pages.row(11, columns, texts.text("key.accompanied"), number(texts, year.getAccompanied()));
        pages.row(11, columns, texts.text("key.realised"), number(texts, year.getRealised()));
        pages.row(11, columns, texts.text("key.sessions"), number(texts, statistics.getSessionsHeld()));
        pages.row(11, columns, texts.text("key.attendance"), number(texts, statistics.getAttendance()));
        pages.row(11, columns, texts.text("key.organisations"),
                number(texts, statistics.getOrganisationsRepresented()));
        pages.row(11, columns, texts.text("key.oriented"), number(texts, statistics.getOriented()));
        pages.row(11, columns, texts.text("key.toPresentation"),
                days(texts, statistics.getToPresentation().getAverageDays()));
        pages.row(11, columns, texts.text("key.toRealisation"),
                days(texts, statistics.getToRealisation().getAverageDays()));
        pages.line("", 10, 10);
    }

    /** Grouped bars, one group a month, one bar per milestone, with the scale's maximum and a legend. */
    private static void months(PdfPages pages, ReportTexts texts, ActivityStatistics statistics)
            throws IOException {
        pages.line(texts.text("months.title"), 14, 4);
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
        pages.at(number(texts, max), 8, PdfPages.MARGIN, base + height - 8);
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
            pages.at(texts.month(month.getFirst().getMonth(), TextStyle.SHORT), 8, left + m * group + 4, base - 11);
        }
        legend(pages, texts, base - 30);
    }

    private static void legend(PdfPages pages, ReportTexts texts, float atY) throws IOException {
        float x = PdfPages.MARGIN + 30;
        for (int s = 0; s < SERIES.length; s++) {
            pages.content().setNonStrokingColor(SERIES[s]);
            pages.content().addRect(x, atY, 9, 9);
            pages.content().fill();
            pages.content().setNonStrokingColor(Color.BLACK);
            String name = texts.text(SERIES_NAMES[s]);
            pages.at(name, 9, x + 13, atY + 1);
            x += 13 + pages.width(name, 9) + 20;
        }
    }

    /** Horizontal bars, one a field, with its count at the end. */
    private static void fields(PdfPages pages, ReportTexts texts, ActivityStatistics statistics)
            throws IOException {
        pages.line("", 10, 6);
        pages.line(texts.text("fields.title"), 14, 4);
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
            pages.at(capitalised(texts.label(field, FIELDS.get(field))), 9, PdfPages.MARGIN, y + 2);
            float length = width * statistics.received(field) / max;
            content.setNonStrokingColor(SERIES[0]);
            content.addRect(left, y, Math.max(length, 0.5f), line - 5);
            content.fill();
            content.setNonStrokingColor(Color.BLACK);
            pages.at(number(texts, statistics.received(field)), 9, left + length + 4, y + 2);
        }
    }

    private static void communes(PdfPages pages, ReportTexts texts, ActivityStatistics statistics)
            throws IOException {
        pages.newPage();
        pages.line(texts.text("communes.title"), 14, 4);
        float[] columns = {0, 190, 270, 340, 430};
        pages.row(9, columns, texts.text("communes.commune"), texts.text("communes.population"),
                texts.text("communes.received"), texts.text("communes.perThousand"), texts.text("communes.realised"));
        for (CommuneFigures commune : statistics.getCommunes()) {
            pages.row(9, columns, commune.getName(), number(texts, commune.getPopulation()),
                    number(texts, commune.getReceived()), spaced(texts.decimals(2)
                            .format(commune.getReceivedPerThousand())), number(texts, commune.getRealised()));
        }
    }

    private static void sessions(PdfPages pages, ReportTexts texts, ActivityStatistics statistics)
            throws IOException {
        pages.line("", 10, 8);
        pages.line(texts.text("sessions.title"), 14, 4);
        if (statistics.getSessions().isEmpty()) {
            pages.line(texts.text("sessions.none"), 10, 4);
            return;
        }
        float[] columns = {0, 60, 225, 320, 370, 425};
        pages.row(9, columns, texts.text("sessions.date"), texts.text("sessions.place"), texts.text("sessions.mode"),
                texts.text("sessions.status"), texts.text("sessions.present"), texts.text("sessions.organisations"));
        for (SessionAttendance session : statistics.getSessions()) {
            pages.row(9, columns, texts.day(session.getDate()), session.getPlace() == null
                    ? texts.text("sessions.placeUnknown") : session.getPlace(),
                    texts.label(session.getMode(), session.getMode().label()),
                    texts.label(session.getStatus(), session.getStatus().label()), number(texts, session.getPeople()),
                    number(texts, session.getOrganisations()));
        }
    }

    private static void orientations(PdfPages pages, ReportTexts texts, ActivityStatistics statistics)
            throws IOException {
        pages.line("", 10, 8);
        pages.line(texts.text("orientations.title"), 14, 4);
        float[] columns = {0, 380};
        for (OrientationState outcome : OrientationState.values()) {
            pages.row(10, columns, capitalised(texts.label(outcome, outcome.label())),
                    number(texts, statistics.oriented(outcome)));
        }
        if (!statistics.getPartners().isEmpty()) {
            pages.line("", 8, 4);
            pages.line(texts.text("partners.title"), 12, 2);
            float[] partnerColumns = {0, 300, 380};
            pages.row(9, partnerColumns, texts.text("partners.partner"), texts.text("partners.oriented"),
                    texts.text("partners.helped"));
            for (PartnerFigures partner : statistics.getPartners()) {
                pages.row(9, partnerColumns, partner.getPartner(), number(texts, partner.getTotal()),
                        number(texts, partner.count(OrientationState.HELP_OBTAINED)));
            }
        }
    }

    private static void highlights(PdfPages pages, ReportTexts texts, List<Highlight> highlights)
            throws IOException {
        pages.newPage();
        pages.line(texts.text("highlights.title"), 18, 4);
        if (highlights.isEmpty()) {
            pages.line(texts.text("highlights.none"), 10, 4);
            return;
        }
        pages.line(texts.text("highlights.intro"), 10, 10);
        for (Highlight highlight : highlights) {
            pages.line(highlight.title(), 13, 2);
            List<String> about = new ArrayList<>(List.of(highlight.commune(), texts.text("highlights.closed",
                    "outcome", texts.label(highlight.outcome(), highlight.outcome().label()), "day",
                    texts.day(highlight.closedOn()))));
            about.add(highlight.signature() == null ? texts.text("highlights.anonymous")
                    : texts.text("highlights.by", "signature", highlight.signature()));
            pages.line(String.join(" · ", about), 9, 4);
            pages.line(highlight.summary(), 10, 4);
            if (highlight.whatWorked() != null) {
                pages.line(texts.text("highlights.whatWorked", "text", highlight.whatWorked()), 10, 4);
            }
            pages.line("", 8, 6);
        }
    }

    private static String number(ReportTexts texts, long value) {
        return spaced(texts.integers().format(value));
    }

    private static String days(ReportTexts texts, double value) {
        return texts.text("days", "days", spaced(texts.decimals(1).format(value)));
    }

    /** French grouping uses a narrow no-break space, which the embedded font lacks. */
    private static String spaced(String formatted) {
        return formatted.replace('\u202F', ' ').replace('\u00A0', ' ');
    }

    private static String capitalised(String label) {
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
