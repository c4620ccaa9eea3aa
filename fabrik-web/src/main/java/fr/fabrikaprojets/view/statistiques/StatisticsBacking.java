package fr.fabrikaprojets.view.statistiques;

import fr.fabrikaprojets.application.CommuneChoice;
import fr.fabrikaprojets.application.ReferenceDataService;
import fr.fabrikaprojets.application.StatisticsService;
import fr.fabrikaprojets.application.statistics.ActivityStatistics;
import fr.fabrikaprojets.application.statistics.PeriodFigures;
import fr.fabrikaprojets.application.statistics.StatisticsFilter;
import fr.fabrikaprojets.domain.model.orientation.OrientationState;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.view.CurrentPlatform;
import fr.fabrikaprojets.view.Feedback;
import fr.fabrikaprojets.view.FormValues;
import fr.fabrikaprojets.web.PageAddress;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * The dashboard ({@code statistiques/index.xhtml?annee=2026&commune=62498&domaine=CULTURE}): the filters in the
 * address, every figure a link to the projects behind it, each chart beside the table of its figures.
 */
@Named
@RequestScoped
public class StatisticsBacking {

    @Inject
    private CurrentPlatform currentPlatform;

    @EJB
    private StatisticsService statistics;

    @EJB
    private ReferenceDataService referenceData;

    private PageAddress address;
    private List<Integer> years = List.of();
    private List<CommuneChoice> communes = List.of();
    private ActivityStatistics figures;
    private List<PeriodRow> monthRows;
    private List<PeriodRow> yearRows;
    private List<CommuneRow> communeRows;

    /** The dashboard's filters from its address ({@link PageAddress}), read when the request first shows it. */
    @PostConstruct
    void load() {
        address = PageAddress.read("annee", "commune", "domaine");
        communes = referenceData.communeChoices(currentPlatform.getCode());
        years = statistics.years(currentPlatform.getCode());
        int chosen = chosenYear();
        String communeCode = getCommune() == null ? null : getCommune().strip();
        figures = Feedback.obtain(() -> statistics.activity(new StatisticsFilter(currentPlatform.getCode(), chosen,
                communeCode, FormValues.parse(Field.class, getField())))).orElse(null);
    }

    /** The year asked for, or the current one when none or a wrong one is asked. */
    private int chosenYear() {
        try {
            return Integer.parseInt(getYear().strip());
        } catch (NullPointerException | NumberFormatException none) {
            return years.isEmpty() ? LocalDate.now(StatisticsFilter.ZONE).getYear() : years.get(0);
        }
    }

    /**
     * The address of the projects list behind a figure: the projects that reached {@code milestone} between two days,
     * with the dashboard's commune and field.
     */
    public String projects(String milestone, LocalDate first, LocalDate last) {
        return projects(milestone, first, last, null, null);
    }

    /** As {@link #projects(String, LocalDate, LocalDate)}, for orientations towards a partner and with an outcome. */
    public String projects(String milestone, LocalDate first, LocalDate last, Long partner, String outcome) {
        StringBuilder query = new StringBuilder("jalon=").append(milestone).append("&du=").append(first)
                .append("&au=").append(last);
        append(query, "commune", figures == null ? null : figures.getFilter().communeCode());
        append(query, "domaine", figures == null || figures.getFilter().field() == null ? null
                : figures.getFilter().field().name());
        append(query, "partenaire", partner == null ? null : partner.toString());
        append(query, "issue", outcome);
        return query.toString();
    }

    /** As {@link #projects(String, LocalDate, LocalDate)}, for one field, whatever the dashboard's. */
    public String projectsOfField(String fieldName) {
        PeriodFigures whole = figures.getYear();
        StringBuilder query = new StringBuilder("jalon=RECEIVED&du=").append(whole.getFirst()).append("&au=")
                .append(whole.getLast());
        append(query, "commune", figures.getFilter().communeCode());
        append(query, "domaine", fieldName);
        return query.toString();
    }

    /** As {@link #projects(String, LocalDate, LocalDate)}, for one commune, whatever the dashboard's. */
    public String projectsOfCommune(String milestone, String inseeCode) {
        PeriodFigures whole = figures.getYear();
        StringBuilder query = new StringBuilder("jalon=").append(milestone).append("&du=").append(whole.getFirst())
                .append("&au=").append(whole.getLast());
        append(query, "commune", inseeCode);
        append(query, "domaine", figures.getFilter().field() == null ? null : figures.getFilter().field().name());
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    /** The months' table: counts and the lists behind them. */
    public List<PeriodRow> getMonthRows() {
        if (monthRows == null) {
            monthRows = figures == null ? List.of() : periodRows(figures.getMonths());
        }
        return monthRows;
    }

    /** The last years' table. */
    public List<PeriodRow> getYearRows() {
        if (yearRows == null) {
            yearRows = figures == null ? List.of() : periodRows(figures.getYears());
        }
        return yearRows;
    }

    private List<PeriodRow> periodRows(List<PeriodFigures> periods) {
        return periods.stream().map(p -> new PeriodRow(p, projects("RECEIVED", p.getFirst(), p.getLast()),
                projects("PRESENTED", p.getFirst(), p.getLast()), projects("ACCOMPANIED", p.getFirst(), p.getLast()),
                projects("REALISED", p.getFirst(), p.getLast()))).toList();
    }

    /** The communes' table, numbers written as f:convertNumber did, with one format for the whole table. */
    public List<CommuneRow> getCommuneRows() {
        if (communeRows == null) {
            communeRows = figures == null ? List.of() : communeRows();
        }
        return communeRows;
    }

    private List<CommuneRow> communeRows() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        NumberFormat whole = NumberFormat.getNumberInstance(locale);
        NumberFormat twoDecimals = NumberFormat.getNumberInstance(locale);
        twoDecimals.setMinimumFractionDigits(2);
        twoDecimals.setMaximumFractionDigits(2);
        return figures.getCommunes().stream().map(c -> new CommuneRow(c, whole.format(c.getPopulation()),
                twoDecimals.format(c.getReceivedPerThousand()), projectsOfCommune("RECEIVED", c.getInseeCode()),
                projectsOfCommune("REALISED", c.getInseeCode()))).toList();
    }

    /** The months as a Chart.js bar chart: one series per milestone. */
    public String getMonthsChart() {
        return ChartJson.bars(figures.getMonths().stream()
                .map(month -> Feedback.text("statistics.month." + month.getFirst().getMonthValue())).toList(),
                milestoneSeries(figures.getMonths()), false);
    }

    /** The last years as a Chart.js bar chart. */
    public String getYearsChart() {
        return ChartJson.bars(figures.getYears().stream().map(y -> String.valueOf(y.getFirst().getYear())).toList(),
                milestoneSeries(figures.getYears()), false);
    }

    /** Projects received by field, as horizontal bars. */
    public String getFieldsChart() {
        List<Field> all = getShownFields();
        return ChartJson.bars(all.stream().map(f -> Feedback.text("project.field." + f.name())).toList(),
                List.of(new ChartJson.Series(Feedback.text("statistics.received"), ChartJson.COLOURS[0],
                        all.stream().map(figures::received).toList())), true);
    }

    /** Orientations by outcome, as bars. */
    public String getOutcomesChart() {
        List<OrientationState> all = List.of(OrientationState.values());
        return ChartJson.bars(all.stream().map(s -> Feedback.text("orientation.state." + s.name())).toList(),
                List.of(new ChartJson.Series(Feedback.text("statistics.oriented"), ChartJson.COLOURS[2],
                        all.stream().map(figures::oriented).toList())), true);
    }

    private static List<ChartJson.Series> milestoneSeries(List<PeriodFigures> periods) {
        return List.of(series("statistics.received", 0, periods, PeriodFigures::getReceived),
                series("statistics.presented", 1, periods, PeriodFigures::getPresented),
                series("statistics.accompanied", 2, periods, PeriodFigures::getAccompanied),
                series("statistics.realised", 3, periods, PeriodFigures::getRealised));
    }

    private static ChartJson.Series series(String key, int colour, List<PeriodFigures> periods,
            ToLongFunction<PeriodFigures> count) {
        return new ChartJson.Series(Feedback.text(key), ChartJson.COLOURS[colour],
                periods.stream().map(p -> count.applyAsLong(p)).toList());
    }

    public Field[] getFields() {
        return Field.values();
    }

    /** Every field; with a field chosen, that one only (the others of its projects are not what is counted). */
    public List<Field> getShownFields() {
        return figures == null || figures.getFilter().field() == null ? List.of(Field.values())
                : List.of(figures.getFilter().field());
    }

    public OrientationState[] getOutcomes() {
        return OrientationState.values();
    }

    public List<Integer> getYears() {
        return years;
    }

    public List<CommuneChoice> getCommunes() {
        return communes;
    }

    public ActivityStatistics getFigures() {
        return figures;
    }

    public String getYear() {
        return address.get("annee");
    }

    public String getCommune() {
        return address.get("commune");
    }

    public String getField() {
        return address.get("domaine");
    }
}
