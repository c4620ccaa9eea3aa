package fr.fabrikaprojets.application.internal;

import static fr.fabrikaprojets.domain.shared.Roles.ADMIN;
import static fr.fabrikaprojets.domain.shared.Roles.COORDINATOR;
import static fr.fabrikaprojets.domain.shared.Roles.STAFF;

import fr.fabrikaprojets.application.StatisticsService;
import fr.fabrikaprojets.application.statistics.ActivityFigures;
import fr.fabrikaprojets.application.statistics.ActivityStatistics;
import fr.fabrikaprojets.application.statistics.AnnualReport;
import fr.fabrikaprojets.application.statistics.AnnualReportFiles;
import fr.fabrikaprojets.application.statistics.AnnualReportPrinter;
import fr.fabrikaprojets.application.statistics.CommuneFigures;
import fr.fabrikaprojets.application.statistics.Delay;
import fr.fabrikaprojets.application.statistics.Highlight;
import fr.fabrikaprojets.application.statistics.OrientedProjects;
import fr.fabrikaprojets.application.statistics.PeriodFigures;
import fr.fabrikaprojets.application.statistics.ReportProgress;
import fr.fabrikaprojets.application.statistics.ReportTexts;
import fr.fabrikaprojets.application.statistics.StatisticsFilter;
import fr.fabrikaprojets.domain.model.capitalisation.ExperienceSheet;
import fr.fabrikaprojets.domain.model.capitalisation.ExperienceSheetRepository;
import fr.fabrikaprojets.domain.model.capitalisation.LibraryFilter;
import fr.fabrikaprojets.domain.model.commune.Commune;
import fr.fabrikaprojets.domain.model.commune.CommuneRepository;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.project.Milestone;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * The dashboard in about ten statements whatever the number of projects (each milestone's months, and its years,
 * in one statement of counts over its index, the breakdowns grouped in the database), kept a few minutes for the
 * next readers of the same filter; and the annual report built from the same figures, counted afresh. Either way,
 * what the projects' counts hold of the settled past is counted once ({@link SettledFigures}).
 */
@Stateless
public class DefaultStatisticsService implements StatisticsService {

    /** The partners listed by name in the dashboard and the report; the others are summed in the outcomes. */
    static final int TOP_PARTNERS = 15;
    private static final int MAX_SESSIONS = 100;
    private static final int MAX_HIGHLIGHTS = 30;
    private static final int YEARS_SHOWN = 10;
    private static final int FIRST_YEAR = 2000;
    /** What {@link ActivityCache#kept} keeps the year of a platform's first project under. */
    private static final String FIRST_PROJECT = "first project's year: ";

    @Inject
    private ActivityFigures figures;

    @Inject
    private SettledFigures settled;

    @Inject
    private CommuneRepository communes;

    @Inject
    private ExperienceSheetRepository sheets;

    @Inject
    private AnnualReportPrinter printer;

    @Inject
    private Clock clock;

    @Inject
    private ActivityCache cache;

    @EJB
    private BackgroundCount background;

    @Inject
    private ProjectAccess access;

    @Resource
    private SessionContext context;

    @Override
    @RolesAllowed({COORDINATOR, STAFF, ADMIN})
    public ActivityStatistics activity(StatisticsFilter filter) {
        validate(filter);
        return cache.get(filter, () -> count(filter), background::run);
    }

    /**
     * The figures counted now, for the dashboard's cache and for the annual report, which never reads that cache:
     * only the settled past's counts, which no change alters.
     */
    private ActivityStatistics count(StatisticsFilter filter) {
        List<PeriodFigures> months = periods(filter, IntStream.rangeClosed(1, 13)
                .mapToObj(month -> month == 13 ? LocalDate.of(filter.year() + 1, 1, 1)
                        : LocalDate.of(filter.year(), month, 1)).toList());
        Integer first = cache.kept(FIRST_PROJECT + filter.platformCode(),
                () -> figures.firstYear(filter.platformCode()));
        int from = Math.max(first == null ? filter.year() : Math.min(first, filter.year()),
                filter.year() - YEARS_SHOWN + 1);
        List<PeriodFigures> years = periods(filter, IntStream.rangeClosed(from, filter.year() + 1)
                .mapToObj(year -> LocalDate.of(year, 1, 1)).toList());
        Instant start = filter.start();
        Instant end = filter.end();
        OrientedProjects oriented = figures.oriented(start, end, filter);
        Map<Milestone, Delay> delays = settled.delaysTo(List.of(Milestone.PRESENTED, Milestone.REALISED), start, end,
                filter);
        return new ActivityStatistics(Instant.now(clock), filter, years.get(years.size() - 1), months, years,
                fields(filter, settled.receivedByField(start, end, filter)), communes(filter, start, end),
                figures.sessions(filter, MAX_SESSIONS), oriented.byOutcome(), oriented.total(),
                oriented.partners(TOP_PARTNERS), delays.get(Milestone.PRESENTED), delays.get(Milestone.REALISED));
    }

    @Override
    @RolesAllowed({COORDINATOR, STAFF, ADMIN})
    public List<Integer> years(String platformCode) {
        access.requireMember(platformCode, context);
        int current = LocalDate.now(clock.withZone(StatisticsFilter.ZONE)).getYear();
        Integer first = cache.kept(FIRST_PROJECT + platformCode, () -> figures.firstYear(platformCode));
        int from = first == null ? current : Math.min(first, current);
        return IntStream.rangeClosed(from, current).map(year -> current - year + from).boxed().toList();
    }

    @Override
    @Asynchronous
    @RolesAllowed({COORDINATOR, STAFF, ADMIN})
    public Future<AnnualReportFiles> annualReport(String platformCode, int year, String language,
            ReportProgress progress) {
        ReportTexts texts = ReportTexts.in(language);
        ReportProgress steps = progress == null ? new ReportProgress() : progress;
        Platform platform = access.existing(platformCode);
        steps.advance(5, texts.text("step.figures"));
        StatisticsFilter filter = new StatisticsFilter(platformCode, year, null, null);
        validate(filter);
        ActivityStatistics statistics = count(filter);
        steps.advance(40, texts.text("step.highlights"));
        // The report goes to funders: only the sheets their holders opened to everyone.
        List<Highlight> highlights = sheets.publishedClosedIn(new LibraryFilter(platformCode, null, null).forPublic(),
                statistics.getFilter().start(), statistics.getFilter().end(), MAX_HIGHLIGHTS).stream()
                .map(DefaultStatisticsService::highlight).toList();
        AnnualReport report = new AnnualReport(platform.getName(), year, Instant.now(clock), statistics, highlights,
                texts.language());
        steps.advance(55, texts.text("step.pdf"));
        byte[] pdf = printer.print(report);
        steps.advance(85, texts.text("step.workbook"));
        byte[] workbook = AnnualReportWorkbook.write(report);
        steps.advance(100, texts.text("step.done"));
        return new AsyncResult<>(new AnnualReportFiles((texts.english() ? "activity-report-" : "bilan-") + platformCode
                + "-" + year, pdf, workbook));
    }

    private void validate(StatisticsFilter filter) {
        if (filter == null || filter.platformCode() == null) {
            throw BusinessException.invalid("Choisissez une plateforme.");
        }
        access.requireMember(filter.platformCode(), context);
        int current = LocalDate.now(clock.withZone(StatisticsFilter.ZONE)).getYear();
        if (filter.year() < FIRST_YEAR || filter.year() > current + 1) {
            throw BusinessException.invalid("Choisissez une année entre " + FIRST_YEAR + " et " + (current + 1) + ".");
        }
        if (filter.communeCode() != null && communes.find(filter.communeCode())
                .filter(commune -> commune.getPlatform().getCode().equals(filter.platformCode())).isEmpty()) {
            throw BusinessException.invalid("Cette commune n’est pas sur le territoire de la plateforme.");
        }
    }

    /** The figures of each period between consecutive days of {@code days} (the last day excluded). */
    private List<PeriodFigures> periods(StatisticsFilter filter, List<LocalDate> days) {
        List<Instant> bounds = days.stream().map(day -> day.atStartOfDay(StatisticsFilter.ZONE).toInstant()).toList();
        Map<Milestone, long[]> counts = settled.reached(List.of(Milestone.RECEIVED, Milestone.PRESENTED,
                Milestone.ACCOMPANIED, Milestone.REALISED), bounds, filter);
        List<PeriodFigures> periods = new ArrayList<>();
        for (int i = 0; i + 1 < days.size(); i++) {
            periods.add(new PeriodFigures(days.get(i), days.get(i + 1).minusDays(1),
                    counts.get(Milestone.RECEIVED)[i], counts.get(Milestone.PRESENTED)[i],
                    counts.get(Milestone.ACCOMPANIED)[i], counts.get(Milestone.REALISED)[i]));
        }
        return periods;
    }

    private List<CommuneFigures> communes(StatisticsFilter filter, Instant start, Instant end) {
        Map<Milestone, Map<String, Long>> reached = settled.reachedByCommune(
                List.of(Milestone.RECEIVED, Milestone.REALISED), start, end, filter);
        Map<String, Long> received = reached.get(Milestone.RECEIVED);
        Map<String, Long> realised = reached.get(Milestone.REALISED);
        List<CommuneFigures> rows = new ArrayList<>();
        for (Commune commune : communes.ofPlatform(filter.platformCode())) {
            if (filter.communeCode() == null || filter.communeCode().equals(commune.getInseeCode())) {
                rows.add(new CommuneFigures(commune.getInseeCode(), commune.getName(), commune.getPopulation(),
                        received.getOrDefault(commune.getInseeCode(), 0L),
                        realised.getOrDefault(commune.getInseeCode(), 0L)));
            }
        }
        return rows;
    }

    /** With a field chosen, the other fields of its projects are not what the dashboard counts: that field only. */
    private static Map<Field, Long> fields(StatisticsFilter filter, Map<Field, Long> received) {
        return filter.field() == null ? received : Map.of(filter.field(), received.getOrDefault(filter.field(), 0L));
    }

    private static Highlight highlight(ExperienceSheet sheet) {
        return new Highlight(sheet.getTitle(), sheet.getProject().getCommune().getName(),
                sheet.getOutcome(), sheet.getClosedAt().atZone(StatisticsFilter.ZONE).toLocalDate(),
                sheet.getSignature(), sheet.getSummary(), sheet.getWhatWorked());
    }
}
