package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fabrikaprojets.application.CapitalisationService;
import fr.fabrikaprojets.application.IdeaSubmission;
import fr.fabrikaprojets.application.OrientationService;
import fr.fabrikaprojets.application.PresentationService;
import fr.fabrikaprojets.application.ProjectService;
import fr.fabrikaprojets.application.ReferenceDataService;
import fr.fabrikaprojets.application.RegistrationService;
import fr.fabrikaprojets.application.SessionCalendarService;
import fr.fabrikaprojets.application.StatisticsService;
import fr.fabrikaprojets.application.statistics.ActivityStatistics;
import fr.fabrikaprojets.application.statistics.AnnualReportFiles;
import fr.fabrikaprojets.application.statistics.PartnerFigures;
import fr.fabrikaprojets.application.statistics.PeriodFigures;
import fr.fabrikaprojets.application.statistics.ReportProgress;
import fr.fabrikaprojets.application.statistics.SessionAttendance;
import fr.fabrikaprojets.application.statistics.StatisticsFilter;
import fr.fabrikaprojets.domain.model.capitalisation.ExperienceSheet;
import fr.fabrikaprojets.domain.model.capitalisation.Publication;
import fr.fabrikaprojets.domain.model.commune.Commune;
import fr.fabrikaprojets.domain.model.orientation.Orientation;
import fr.fabrikaprojets.domain.model.orientation.OrientationState;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.project.HolderKind;
import fr.fabrikaprojets.domain.model.project.Milestone;
import fr.fabrikaprojets.domain.model.project.MilestoneFilter;
import fr.fabrikaprojets.domain.model.project.Need;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.project.ProjectFilter;
import fr.fabrikaprojets.domain.model.project.ProjectState;
import fr.fabrikaprojets.domain.model.session.ParticipantKind;
import fr.fabrikaprojets.domain.model.session.Registration;
import fr.fabrikaprojets.domain.model.session.Session;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipInputStream;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The statistics on a known dataset: projects entered through the services, their milestones then dated in 2019
 * (a year no other test writes to) at the edges of months in Paris time. The expected figures are computed here,
 * from the dataset, and compared with what the dashboard adds once the dataset exists; each figure's list of
 * projects holds exactly those projects; the annual report's files carry the same figures.
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsIT {

    private static final int YEAR = 2019;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String LIEVIN = "62510";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEarTesting(StatisticsIT.class, AsCoordinator.class, AsStaff.class, AsPartner.class);
    }

    @Inject
    StatisticsService statistics;

    @Inject
    ProjectService projects;

    @Inject
    OrientationService orientations;

    @Inject
    PresentationService presentations;

    @Inject
    RegistrationService registrations;

    @Inject
    SessionCalendarService calendar;

    @Inject
    CapitalisationService capitalisation;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    AsCoordinator coordinator;

    @Inject
    AsStaff staff;

    @Inject
    AsPartner partner;

    /**
     * The tests move dates straight in the tables, which no recorded change reports to the dashboard's cache
     * ({@code ActivityCache}), nor into the settled past ({@code SettledFigures}): they count afresh.
     */
    @BeforeEach
    void countAfresh() {
        System.setProperty("fabrik.statistics.cache.seconds", "0");
        System.setProperty("fabrik.statistics.settled", "false");
    }

    @AfterEach
    void cacheAgain() {
        System.clearProperty("fabrik.statistics.cache.seconds");
        System.clearProperty("fabrik.statistics.settled");
    }

    @Test
    void whatIsKeptOfTheSettledPastAddsUpToWhatIsCountedAfreshAndTodaysProjectsCountAtOnce() {
        System.clearProperty("fabrik.statistics.settled");
        int thisYear = LocalDate.now(PARIS).getYear();
        int thisMonth = LocalDate.now(PARIS).getMonthValue() - 1;
        StatisticsFilter territory = new StatisticsFilter(Platform.LENS_LIEVIN, thisYear, null, null);
        StatisticsFilter lievinCulture = new StatisticsFilter(Platform.LENS_LIEVIN, thisYear, LIEVIN, Field.CULTURE);
        ActivityStatistics before = staff.call(() -> statistics.activity(territory));
        staff.call(() -> statistics.activity(lievinCulture));

        long today = project("Potager " + UUID.randomUUID().toString().substring(0, 6), Set.of(Field.CULTURE));
        move(today, ProjectState.TO_PRESENT, ProjectState.PRESENTED);
        ActivityStatistics after = staff.call(() -> statistics.activity(territory));
        assertEquals(before.getYear().getReceived() + 1, after.getYear().getReceived());
        assertEquals(before.getMonths().get(thisMonth).getReceived() + 1,
                after.getMonths().get(thisMonth).getReceived());
        assertEquals(before.getYear().getPresented() + 1, after.getYear().getPresented());
        assertEquals(before.getYears().get(before.getYears().size() - 1).getReceived() + 1,
                after.getYears().get(after.getYears().size() - 1).getReceived());
        assertEquals(before.received(Field.CULTURE) + 1, after.received(Field.CULTURE));
        assertEquals(before.getToPresentation().getProjects() + 1, after.getToPresentation().getProjects());

        for (StatisticsFilter filter : List.of(territory, lievinCulture,
                new StatisticsFilter(Platform.LENS_LIEVIN, thisYear - 1, null, null))) {
            String kept = figures(staff.call(() -> statistics.activity(filter)));
            System.setProperty("fabrik.statistics.settled", "false");
            String afresh = figures(staff.call(() -> statistics.activity(filter)));
            System.clearProperty("fabrik.statistics.settled");
            assertEquals(afresh, kept, "the figures of " + filter);
        }
    }

    @Test
    void theFiguresOfAKnownDatasetAreCountedInParisMonthsAndLeadToTheirProjects() throws Exception {
        StatisticsFilter lievin = new StatisticsFilter(Platform.LENS_LIEVIN, YEAR, LIEVIN, null);
        ActivityStatistics before = staff.call(() -> statistics.activity(lievin));
        StatisticsFilter territory = new StatisticsFilter(Platform.LENS_LIEVIN, YEAR, null, null);
        ActivityStatistics territoryBefore = staff.call(() -> statistics.activity(territory));
        StatisticsFilter culture = new StatisticsFilter(Platform.LENS_LIEVIN, YEAR, null, Field.CULTURE);
        ActivityStatistics cultureBefore = staff.call(() -> statistics.activity(culture));
        ActivityStatistics sportBefore = staff.call(() -> statistics.activity(
                new StatisticsFilter(Platform.LENS_LIEVIN, YEAR, LIEVIN, Field.SPORT)));
        String tag = UUID.randomUUID().toString().substring(0, 6);

        // Realised: received 15 January, first presented 20 February, accompanied 10 March, realised 30 June.
        long realised = project("Jardin " + tag, Set.of(Field.CULTURE));
        move(realised, ProjectState.TO_PRESENT, ProjectState.PRESENTED, ProjectState.ACCOMPANIED);
        Orientation toCaf = coordinator.call(() -> orientations.orient(realised, organisation("CAF"), null,
                "Financer les graines"));
        coordinator.run(() -> orientations.move(toCaf.getId(), toCaf.getVersion(), OrientationState.ACCEPTED, null));
        Orientation refused = coordinator.call(() -> orientations.orient(realised, organisation("APEI Lens et environs"),
                null, "Un public d’enfants"));
        coordinator.run(() -> orientations.move(refused.getId(), refused.getVersion(), OrientationState.REFUSED,
                "Hors de notre public."));
        staff.run(() -> projects.changeState(realised, projects.getProject(realised).getVersion(),
                ProjectState.REALISED, null));
        // Received at 23:30 on 31 January in Paris; presented at 00:30 on 1 March in Paris (still February in UTC).
        long presented = project("Théâtre " + tag, Set.of(Field.SPORT, Field.CULTURE));
        move(presented, ProjectState.TO_PRESENT, ProjectState.PRESENTED);
        // Received in the last minute of the year and abandoned within it: closed, not realised.
        long abandoned = project("Atelier " + tag, Set.of(Field.ENVIRONMENT));
        coordinator.run(() -> projects.changeState(abandoned, projects.getProject(abandoned).getVersion(),
                ProjectState.ABANDONED, "Le groupe s’est dissous."));
        // Received at 00:30 on 1 January in Paris, which is still 2018 in UTC.
        long received = project("Cuisine " + tag, Set.of(Field.HEALTH));


        try (Connection db = ((DataSource) InitialContext.doLookup("java:jboss/datasources/FabrikDS")).getConnection()) {
            date(db, realised, paris(1, 15, 10, 0), paris(2, 20, 10, 0), paris(3, 10, 10, 0), paris(6, 30, 10, 0));
            date(db, presented, paris(1, 31, 23, 30), paris(3, 1, 0, 30), null, null);
            date(db, abandoned, paris(12, 31, 23, 59), null, null,
                    Timestamp.from(LocalDateTime.of(YEAR, 12, 31, 23, 59, 30).atZone(PARIS).toInstant()));
            date(db, received, paris(1, 1, 0, 30), null, null, null);
            try (PreparedStatement orientation = db.prepareStatement(
                    "UPDATE orientations SET proposed_at = ? WHERE project_id = ?")) {
                orientation.setTimestamp(1, paris(4, 5, 10, 0));
                orientation.setLong(2, realised);
                orientation.executeUpdate();
            }
        }

        ActivityStatistics after = staff.call(() -> statistics.activity(lievin));
        assertEquals(4, after.getYear().getReceived() - before.getYear().getReceived());
        assertEquals(2, after.getYear().getPresented() - before.getYear().getPresented());
        assertEquals(1, after.getYear().getAccompanied() - before.getYear().getAccompanied());
        assertEquals(1, after.getYear().getRealised() - before.getYear().getRealised(), "abandoned is not realised");
        long[] receivedByMonth = {3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
        long[] presentedByMonth = {0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        for (int m = 0; m < 12; m++) {
            assertEquals(receivedByMonth[m], after.getMonths().get(m).getReceived()
                    - before.getMonths().get(m).getReceived(), "received in month " + (m + 1));
            assertEquals(presentedByMonth[m], after.getMonths().get(m).getPresented()
                    - before.getMonths().get(m).getPresented(), "presented in month " + (m + 1));
            assertEquals(m == 2 ? 1 : 0, after.getMonths().get(m).getAccompanied()
                    - before.getMonths().get(m).getAccompanied(), "accompanied in month " + (m + 1));
            assertEquals(m == 5 ? 1 : 0, after.getMonths().get(m).getRealised()
                    - before.getMonths().get(m).getRealised(), "realised in month " + (m + 1));
        }
        assertEquals(YEAR, after.getYears().get(after.getYears().size() - 1).getFirst().getYear());
        assertEquals(after.getYear().getReceived(), after.getMonths().stream().mapToLong(m -> m.getReceived()).sum(),
                "the year is the sum of its months");
        assertEquals(after.getYear().getRealised(), after.getMonths().stream().mapToLong(m -> m.getRealised()).sum());

        assertEquals(2, after.received(Field.CULTURE) - before.received(Field.CULTURE));
        assertEquals(1, after.received(Field.SPORT) - before.received(Field.SPORT));
        assertEquals(1, after.received(Field.HEALTH) - before.received(Field.HEALTH));
        assertEquals(1, staff.call(() -> statistics.activity(new StatisticsFilter(Platform.LENS_LIEVIN, YEAR, LIEVIN,
                Field.SPORT))).getYear().getReceived() - sportBefore.getYear().getReceived());

        Commune commune = referenceData.communes(Platform.LENS_LIEVIN).stream()
                .filter(c -> c.getInseeCode().equals(LIEVIN)).findFirst().orElseThrow();
        assertEquals(1, after.getCommunes().size(), "the dashboard's commune only");
        assertEquals(before.getCommunes().get(0).getReceived() + 4, after.getCommunes().get(0).getReceived());
        assertEquals(after.getCommunes().get(0).getReceived() * 1000.0 / commune.getPopulation(),
                after.getCommunes().get(0).getReceivedPerThousand(), 1e-9);

        assertEquals(1, after.oriented(OrientationState.ACCEPTED) - before.oriented(OrientationState.ACCEPTED));
        assertEquals(1, after.oriented(OrientationState.REFUSED) - before.oriented(OrientationState.REFUSED));
        assertEquals(1, caf(after) - caf(before));
        assertEquals(1, after.getOriented() - before.getOriented(), "oriented to two partners, one project");
        ActivityStatistics territoryAfter = staff.call(() -> statistics.activity(territory));
        assertEquals(1, territoryAfter.getOriented() - territoryBefore.getOriented(), "the whole territory too");
        assertEquals(1, territoryAfter.oriented(OrientationState.ACCEPTED)
                - territoryBefore.oriented(OrientationState.ACCEPTED));
        assertEquals(1, caf(territoryAfter) - caf(territoryBefore));
        assertEquals(1, staff.call(() -> statistics.activity(culture)).getOriented() - cultureBefore.getOriented(),
                "the garden's field");
        assertEquals(0, staff.call(() -> statistics.activity(new StatisticsFilter(Platform.LENS_LIEVIN, YEAR, LIEVIN,
                Field.SPORT))).getOriented() - sportBefore.getOriented(), "not the garden's field");

        // Delays: 36 days (15 January → 20 February) and 29 (31 January → 1 March) to the first presentation;
        // 166 days (15 January → 30 June) to realisation.
        assertEquals(before.getToPresentation().getProjects() + 2, after.getToPresentation().getProjects());
        assertEquals((before.getToPresentation().getAverageDays() * before.getToPresentation().getProjects() + 36 + 29)
                / after.getToPresentation().getProjects(), after.getToPresentation().getAverageDays(), 1e-9);
        assertEquals((before.getToRealisation().getAverageDays() * before.getToRealisation().getProjects() + 166)
                / after.getToRealisation().getProjects(), after.getToRealisation().getAverageDays(), 1e-9);

        ProjectFilter inLievin = new ProjectFilter(Platform.LENS_LIEVIN, null, LIEVIN, null);
        List<Long> presentedInMarch = ids(inLievin.reaching(new MilestoneFilter(Milestone.PRESENTED,
                paris(3, 1, 0, 0).toInstant(), paris(4, 1, 0, 0).toInstant())));
        assertTrue(presentedInMarch.contains(presented), "the list behind March's figure");
        assertFalse(presentedInMarch.contains(realised), "presented in February");
        assertEquals(after.getMonths().get(2).getPresented(), presentedInMarch.size(),
                "the list holds as many projects as the figure counts");
        List<Long> receivedInJanuary = ids(inLievin.reaching(new MilestoneFilter(Milestone.RECEIVED,
                paris(1, 1, 0, 0).toInstant(), paris(2, 1, 0, 0).toInstant())));
        assertTrue(receivedInJanuary.containsAll(List.of(realised, presented, received)));
        assertEquals(after.getMonths().get(0).getReceived(), receivedInJanuary.size());
        List<Long> orientedToCaf = ids(inLievin.reaching(new MilestoneFilter(Milestone.ORIENTED,
                paris(1, 1, 0, 0).toInstant(), paris(12, 31, 0, 0).toInstant(), organisation("CAF"),
                OrientationState.ACCEPTED)));
        assertTrue(orientedToCaf.contains(realised));
        List<Long> realisedInYear = ids(inLievin.reaching(new MilestoneFilter(Milestone.REALISED,
                paris(1, 1, 0, 0).toInstant(), paris(12, 31, 0, 0).toInstant())));
        assertTrue(realisedInYear.contains(realised));
        assertFalse(realisedInYear.contains(abandoned));

        // Behind a figure, the most recently presented come first, whenever they were received: the garden, received
        // before the theatre, is now presented after it.
        try (Connection db = ((DataSource) InitialContext.doLookup("java:jboss/datasources/FabrikDS")).getConnection();
                PreparedStatement later = db.prepareStatement("UPDATE projects SET presented_at = ? WHERE id = ?")) {
            later.setTimestamp(1, paris(3, 20, 10, 0));
            later.setLong(2, realised);
            later.executeUpdate();
        }
        List<Long> lastPresentedFirst = ids(inLievin.reaching(new MilestoneFilter(Milestone.PRESENTED,
                paris(3, 1, 0, 0).toInstant(), paris(4, 1, 0, 0).toInstant())));
        assertTrue(lastPresentedFirst.indexOf(realised) >= 0
                && lastPresentedFirst.indexOf(realised) < lastPresentedFirst.indexOf(presented), lastPresentedFirst
                + " lists " + realised + " (presented 20 March) before " + presented + " (presented 1 March)");
    }

    @Test
    void sessionsCountThosePresentAndTheOrganisationsTheyRepresented() {
        if (calendar.sessionsOfYear(Platform.LENS_LIEVIN, YEAR).isEmpty()) {
            coordinator.run(() -> calendar.generateYear(Platform.LENS_LIEVIN, YEAR));
        }
        Session open = calendar.sessionsOfYear(Platform.LENS_LIEVIN, YEAR).stream().filter(s -> !s.isClosed())
                .findFirst().orElseThrow(() -> new AssertionError("every session of " + YEAR + " was used by a run"));
        Registration agent = registrations.register(open.getId(), "Dominique Agent", null, "06 10 20 30 40",
                ParticipantKind.STAFF, organisation("CAF"), true);
        Registration inhabitant = registrations.register(open.getId(), "Samia Belkacem", null, "06 11 21 31 41",
                ParticipantKind.INHABITANT, null, true);
        registrations.register(open.getId(), "Émilie Dupré", null, "06 12 22 32 42", ParticipantKind.PARTNER_MEMBER,
                organisation("APEI Lens et environs"), true);
        coordinator.run(() -> registrations.recordAttendance(open.getId(), Set.of(agent.getId(),
                inhabitant.getId())));
        long project = project("Fresque " + UUID.randomUUID().toString().substring(0, 6), Set.of(Field.CULTURE));
        coordinator.run(() -> presentations.book(open.getId(), project, 15));
        long version = calendar.sessionsOfYear(Platform.LENS_LIEVIN, YEAR).stream()
                .filter(s -> s.getId().equals(open.getId())).findFirst().orElseThrow().getVersion();
        coordinator.run(() -> calendar.markHeld(open.getId(), version));

        ActivityStatistics year = staff.call(() -> statistics.activity(
                new StatisticsFilter(Platform.LENS_LIEVIN, YEAR, null, null)));
        SessionAttendance held = year.getSessions().stream().filter(s -> s.getSessionId() == open.getId())
                .findFirst().orElseThrow();
        assertTrue(held.isHeld());
        assertEquals(2, held.getPeople(), "the two present, not the one absent");
        assertEquals(1, held.getOrganisations(), "CAF came; APEI registered but did not");
        assertEquals(1, held.getProjects());
        assertTrue(year.getSessionsHeld() >= 1);
        assertEquals(year.getSessions().stream().mapToLong(SessionAttendance::getPeople).sum(), year.getAttendance());
    }

    @Test
    void theAnnualReportCarriesTheYearsFiguresAndItsPublishedInitiatives() throws Exception {
        String title = "Chorale " + UUID.randomUUID().toString().substring(0, 6);
        String networkOnly = "Troc de graines " + UUID.randomUUID().toString().substring(0, 6);
        long project = realisedInSeptember(title, Publication.PUBLIC_ANONYMOUS);
        realisedInSeptember(networkOnly, Publication.NAMED);
        ActivityStatistics year = staff.call(() -> statistics.activity(
                new StatisticsFilter(Platform.LENS_LIEVIN, YEAR, null, null)));

        ReportProgress progress = new ReportProgress();
        AnnualReportFiles files = staff.call(() -> statistics.annualReport(Platform.LENS_LIEVIN, YEAR, "fr",
                progress)).get();
        assertEquals(100, progress.getPercent());
        assertEquals("bilan-" + Platform.LENS_LIEVIN + "-" + YEAR, files.baseName());
        try (PDDocument pdf = Loader.loadPDF(files.pdf())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Bilan d’activité " + YEAR), text);
            assertTrue(text.contains("Projets reçus " + year.getYear().getReceived()), text);
            assertTrue(text.contains("Projets réalisés " + year.getYear().getRealised()), text);
            assertTrue(text.contains(title), "the sheet opened to everyone is among the highlights");
            assertFalse(text.contains(networkOnly), "not a sheet its holder published for the network only");
            assertTrue(text.contains("porteur anonyme"), text);
        }
        String workbook = workbookText(files.workbook());
        assertTrue(workbook.contains("Projets reçus</t></is></c><c r=\"B3\"><v>" + year.getYear().getReceived()
                + "</v>"), "the key figures' sheet: " + workbook.substring(0, Math.min(workbook.length(), 2000)));
        assertTrue(workbook.contains(title), "the initiatives sheet");

        ReportProgress inEnglish = new ReportProgress();
        AnnualReportFiles english = staff.call(() -> statistics.annualReport(Platform.LENS_LIEVIN, YEAR, "en",
                inEnglish)).get();
        assertEquals("Done", inEnglish.getStep());
        assertEquals("activity-report-" + Platform.LENS_LIEVIN + "-" + YEAR, english.baseName());
        try (PDDocument pdf = Loader.loadPDF(english.pdf())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Activity report " + YEAR), text);
            assertTrue(text.contains("Projects realised " + year.getYear().getRealised()), text);
            assertTrue(text.contains(title), "the same highlights");
            assertTrue(text.contains("anonymous holder"), text);
        }
        assertTrue(workbookText(english.workbook()).contains("Projects received"), "the workbook in English too");

        assertThrows(EJBAccessException.class, () -> partner.call(() -> statistics.activity(
                new StatisticsFilter(Platform.LENS_LIEVIN, YEAR, null, null))), "partners do not see the figures");
        BusinessException wrongYear = assertThrows(BusinessException.class, () -> staff.call(() ->
                statistics.activity(new StatisticsFilter(Platform.LENS_LIEVIN, 1850, null, null))));
        assertTrue(wrongYear.getMessage().startsWith("Choisissez une année entre 2000 et"), wrongYear.getMessage());
        BusinessException wrongCommune = assertThrows(BusinessException.class, () -> staff.call(() ->
                statistics.activity(new StatisticsFilter(Platform.LENS_LIEVIN, YEAR, "75056", null))));
        assertEquals("Cette commune n’est pas sur le territoire de la plateforme.", wrongCommune.getMessage());
    }

    /** The parts of the workbook as text (the sheets' XML), to find its numbers and strings. */
    private static String workbookText(byte[] workbook) throws Exception {
        StringBuilder text = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().startsWith("xl/worksheets/")) {
                    text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return text.toString();
    }

    private long caf(ActivityStatistics figures) {
        return figures.getPartners().stream().filter(p -> p.getPartner().equals("CAF"))
                .mapToLong(PartnerFigures::getTotal).sum();
    }

    private List<Long> ids(ProjectFilter filter) {
        return staff.call(() -> projects.projects(filter, 0, 100)).getItems().stream().map(Project::getId).toList();
    }

    /** Every figure of the projects' counts, in a text two dashboards can be compared by. */
    private static String figures(ActivityStatistics statistics) {
        StringBuilder text = new StringBuilder();
        for (List<PeriodFigures> periods : List.of(statistics.getMonths(), statistics.getYears())) {
            for (PeriodFigures period : periods) {
                text.append(period.getFirst()).append(' ').append(period.getReceived()).append(' ')
                        .append(period.getPresented()).append(' ').append(period.getAccompanied()).append(' ')
                        .append(period.getRealised()).append('\n');
            }
        }
        statistics.getCommunes().forEach(commune -> text.append(commune.getInseeCode()).append(' ')
                .append(commune.getReceived()).append(' ').append(commune.getRealised()).append('\n'));
        for (Field field : Field.values()) {
            text.append(field).append(' ').append(statistics.received(field)).append('\n');
        }
        return text.append(statistics.getToPresentation().getProjects()).append(' ')
                .append(Math.round(statistics.getToPresentation().getAverageDays() * 1000)).append(' ')
                .append(statistics.getToRealisation().getProjects()).append(' ')
                .append(Math.round(statistics.getToRealisation().getAverageDays() * 1000)).toString();
    }

    private static Timestamp paris(int month, int day, int hour, int minute) {
        return Timestamp.from(LocalDateTime.of(YEAR, month, day, hour, minute).atZone(PARIS).toInstant());
    }

    private static void date(Connection db, long project, Timestamp received, Timestamp presented,
            Timestamp accompanied, Timestamp closed) throws Exception {
        try (PreparedStatement update = db.prepareStatement("UPDATE projects SET received_at = ?, presented_at = ?,"
                + " accompanied_at = ?, closed_at = ? WHERE id = ?")) {
            update.setTimestamp(1, received);
            update.setTimestamp(2, presented);
            update.setTimestamp(3, accompanied);
            update.setTimestamp(4, closed);
            update.setLong(5, project);
            assertEquals(1, update.executeUpdate());
        }
    }

    /** A project realised on 20 September of the year counted, whose holder decided so on its sheet. */
    private long realisedInSeptember(String title, Publication decision) throws Exception {
        long project = project(title, Set.of(Field.CULTURE));
        move(project, ProjectState.TO_PRESENT, ProjectState.PRESENTED, ProjectState.ACCOMPANIED);
        staff.run(() -> projects.changeState(project, projects.getProject(project).getVersion(),
                ProjectState.REALISED, null));
        ExperienceSheet sheet = staff.call(() -> capitalisation.sheetOfProject(project));
        coordinator.run(() -> capitalisation.recordDecision(sheet.getId(), sheet.getVersion(), decision));
        try (Connection db = ((DataSource) InitialContext.doLookup("java:jboss/datasources/FabrikDS")).getConnection()) {
            date(db, project, paris(2, 3, 9, 0), paris(3, 29, 10, 0), paris(4, 26, 10, 0), paris(9, 20, 10, 0));
            try (PreparedStatement closed = db.prepareStatement(
                    "UPDATE experience_sheets SET closed_at = ? WHERE project_id = ?")) {
                closed.setTimestamp(1, paris(9, 20, 10, 0));
                closed.setLong(2, project);
                closed.executeUpdate();
            }
        }
        return project;
    }

    private long project(String title, Set<Field> fields) {
        return coordinator.call(() -> projects.registerOnBehalf(Platform.LENS_LIEVIN, new IdeaSubmission(
                HolderKind.INFORMAL_GROUP, "Les voisins " + title, null, null, "06 00 00 00 00", title,
                "Une idée pour le quartier.", "Que les voisins se rencontrent.", fields, LIEVIN, null, null,
                Set.of(Need.FUNDING), true))).getId();
    }

    private void move(long id, ProjectState... targets) {
        for (ProjectState target : targets) {
            coordinator.run(() -> projects.changeState(id, projects.getProject(id).getVersion(), target, null));
        }
    }

    private long organisation(String shortName) {
        return staff.call(() -> referenceData.network(Platform.LENS_LIEVIN, 0, 100)).stream()
                .filter(o -> o.getShortName().equals(shortName)).findFirst().orElseThrow().getId();
    }
}
