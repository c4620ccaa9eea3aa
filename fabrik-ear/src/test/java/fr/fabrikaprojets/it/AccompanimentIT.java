package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.fabrikaprojets.application.AdviceService;
import fr.fabrikaprojets.application.AgendaView;
import fr.fabrikaprojets.application.DocumentService;
import fr.fabrikaprojets.application.ExportFormat;
import fr.fabrikaprojets.application.IdeaSubmission;
import fr.fabrikaprojets.application.MinutesForHolder;
import fr.fabrikaprojets.application.OrientationService;
import fr.fabrikaprojets.application.PresentationService;
import fr.fabrikaprojets.application.ProjectFile;
import fr.fabrikaprojets.application.ProjectFile.Choices;
import fr.fabrikaprojets.application.ProjectFile.Part;
import fr.fabrikaprojets.application.FollowUpService;
import fr.fabrikaprojets.application.ProjectFileService;
import fr.fabrikaprojets.application.ProjectService;
import fr.fabrikaprojets.application.ReferenceDataService;
import fr.fabrikaprojets.application.ReminderService;
import fr.fabrikaprojets.application.SessionCalendarService;
import fr.fabrikaprojets.application.Upload;
import fr.fabrikaprojets.domain.model.advice.Advice;
import fr.fabrikaprojets.domain.model.advice.Visibility;
import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.model.orientation.Orientation;
import fr.fabrikaprojets.domain.model.orientation.OrientationState;
import fr.fabrikaprojets.domain.model.orientation.Usefulness;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.presentation.MinutesStatus;
import fr.fabrikaprojets.domain.model.presentation.Presentation;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.project.HolderKind;
import fr.fabrikaprojets.domain.model.project.Need;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.project.ProjectFilter;
import fr.fabrikaprojets.domain.model.project.ProjectState;
import fr.fabrikaprojets.domain.model.project.TimelineEvent;
import fr.fabrikaprojets.domain.model.session.Session;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The accompaniment of a project through the services, inside WildFly, with a real SMTP server: presentation on a
 * session's agenda, partners' advice, orientation to a partner followed to its outcome, minutes the holder validates
 * through the link of their e-mail, reminders; and who sees what on the way (a partner's member sees only the projects
 * their organisation is involved in, never confidential advice, and minutes only once validated).
 */
@ExtendWith(ArquillianExtension.class)
class AccompanimentIT {

    private static final int YEAR = 2046;
    private static final String FEDERATION = "Fédération des Centres Sociaux du Pas-de-Calais";
    private static final String APEI = "APEI Lens et environs";
    private static final Pattern TOKEN = Pattern.compile("jeton=([A-Za-z0-9_-]{43})");

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.fabrikEarTesting(Mailbox.class, AccompanimentIT.class, DocumentIT.class,
                AsCoordinator.class, AsStaff.class, AsAdmin.class, AsPartnerMember.class, AsOtherPartner.class);
        ear.addAsLibrary(new java.io.File(System.getProperty("greenmail.jar")));
        return ear;
    }

    @Inject
    ProjectService projects;

    @Inject
    PresentationService presentations;

    @Inject
    ProjectFileService files;

    @Inject
    FollowUpService followUp;

    @Inject
    AdviceService advice;

    @Inject
    OrientationService orientations;

    @Inject
    ReminderService reminders;

    @Inject
    DocumentService documents;

    @Inject
    SessionCalendarService calendar;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    AsCoordinator coordinator;

    @Inject
    AsStaff staff;

    @Inject
    AsAdmin admin;

    @Inject
    AsPartnerMember federation;

    @Inject
    AsOtherPartner apei;

    @BeforeEach
    void eachPartnerHasAMemberAndTheYearHasSessions() {
        admin.run(() -> {
            referenceData.registerAccount("membre-apei", "Membre APEI", "membre-apei@example.org",
                    "fabrik-test".toCharArray(), Set.of("partner"));
            referenceData.joinOrganisation("membre-apei", Platform.LENS_LIEVIN, APEI);
            referenceData.registerAccount("membre-federation", "Membre Fédération", "membre-federation@example.org",
                    "fabrik-test".toCharArray(), Set.of("partner"));
            referenceData.joinOrganisation("membre-federation", Platform.LENS_LIEVIN, FEDERATION);
        });
        if (calendar.sessionsOfYear(Platform.LENS_LIEVIN, YEAR).isEmpty()) {
            coordinator.run(() -> calendar.generateYear(Platform.LENS_LIEVIN, YEAR));
        }
    }

    @Test
    void aProjectIsPresentedAdvisedAndOrientedAndEachSeesOnlyWhatTheyMay() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(MailIT.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            String holderEmail = "porteur-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
            Project project = coordinator.call(() -> projects.registerOnBehalf(Platform.LENS_LIEVIN,
                    idea("Jardin des Provinces", holderEmail)));
            long id = project.getId();
            assertNotVisible(() -> federation.call(() -> projects.getProject(id)));
            assertNotVisible(() -> federation.call(() -> files.read(id, Part.SUMMARY, 0, 15, Set.of())));

            Session january = session(Month.JANUARY);
            coordinator.run(() -> presentations.book(january.getId(), id, 30));
            assertEquals(ProjectState.TO_PRESENT, coordinator.call(() -> projects.getProject(id)).getState(),
                    "booked, the idea is to be presented");

            BusinessException disguised = assertThrows(BusinessException.class, () -> coordinator.call(
                    () -> advice.request(id, "membre-federation", "Votre avis ?", null,
                            new Upload("plan.pdf", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))));
            assertTrue(disguised.getMessage().contains("n’est ni un PDF"), disguised.getMessage());
            assertTrue(staff.call(() -> advice.ofProject(id)).isEmpty(), "a refused file leaves no request");
            Advice asked = coordinator.call(() -> advice.request(id, "membre-federation", "Le quartier manque de salles.",
                    "Pouvez-vous prêter une salle ?", new Upload("plan-du-local.pdf", DocumentIT.PDF)));
            long sent = staff.call(() -> advice.ofProject(id)).get(0).getDocument().getId();
            assertEquals("plan-du-local.pdf", federation.call(() -> documents.download(sent)).filename(),
                    "asked, the partner reads the document sent with the request");
            assertEquals(id, federation.call(() -> projects.getProject(id)).getId(), "asked, the partner sees it");
            assertTrue(federation.call(() -> projects.projects(new ProjectFilter(Platform.LENS_LIEVIN, null, null,
                    null), 0, 100)).getItems().stream().anyMatch(p -> p.getId() == id), "and finds it in its list");
            assertNotVisible(() -> apei.call(() -> projects.getProject(id)));
            assertNotVisible(() -> apei.call(() -> advice.give(asked.getId(), asked.getVersion(), "Moi aussi", true,
                    Visibility.SHARED)));
            BusinessException unanswered = assertThrows(BusinessException.class, () -> federation.call(
                    () -> advice.give(asked.getId(), asked.getVersion(), "Oui, le mardi soir.", null,
                            Visibility.SHARED)));
            assertTrue(unanswered.getMessage().startsWith("Répondez par oui ou par non"), unanswered.getMessage());
            federation.run(() -> advice.give(asked.getId(), asked.getVersion(), "Oui, le mardi soir.", true,
                    Visibility.SHARED));

            long caf = organisation("CAF").getId();
            coordinator.run(() -> advice.recordLive(id, caf, january.getId(), "Dossier fragile : budget à revoir.",
                    Visibility.CONFIDENTIAL));
            assertEquals(2, staff.call(() -> advice.ofProject(id)).size(), "staff read all advice");
            List<Advice> seenByPartner = federation.call(() -> advice.ofProject(id));
            assertEquals(1, seenByPartner.size(), "a partner never reads another's confidential advice");
            assertEquals("Oui, le mardi soir.", seenByPartner.get(0).getText());
            ProjectFile partnersAdvice = federation.call(() -> files.read(id, Part.ADVICE, 0, 15,
                    EnumSet.allOf(Choices.class)));
            assertEquals(List.of("Oui, le mardi soir."), partnersAdvice.getAdvice().stream().map(Advice::getText)
                    .toList(), "the project's page hides the confidential advice from the partner too");
            assertEquals(1, partnersAdvice.getCounts().of(Part.ADVICE), "and does not count it in its tab");
            ProjectFile partnersPresentations = federation.call(() -> files.read(id, Part.PRESENTATIONS, 0, 15,
                    EnumSet.allOf(Choices.class)));
            assertTrue(partnersPresentations.getPresentations().isEmpty(), "nor the minutes not validated yet");
            assertEquals(0, partnersPresentations.getCounts().of(Part.PRESENTATIONS));
            assertTrue(partnersPresentations.getBookableSessions().isEmpty() && partnersAdvice.getExperts().isEmpty(),
                    "a partner is offered no booking nor advice request");
            assertTrue(coordinator.call(() -> files.read(id, Part.ADVICE, 0, 15, Set.of())).getExperts().isEmpty(),
                    "with no form open, no form's choices are read");
            ProjectFile coordinatorsAdvice = coordinator.call(() -> files.read(id, Part.ADVICE, 0, 15,
                    EnumSet.allOf(Choices.class)));
            assertEquals(2, coordinatorsAdvice.getAdvice().size());
            assertEquals(2, coordinatorsAdvice.getCounts().of(Part.ADVICE));
            assertTrue(coordinatorsAdvice.getExperts().stream().anyMatch(m -> m.getUsername().equals("membre-apei")
                    && m.getOrganisation().equals(APEI)), "the coordinator chooses whom to ask among members");
            ProjectFile coordinatorsPresentations = coordinator.call(() -> files.read(id, Part.PRESENTATIONS, 0, 15,
                    EnumSet.allOf(Choices.class)));
            assertEquals(1, coordinatorsPresentations.getPresentations().size());
            assertFalse(coordinatorsPresentations.getBookableSessions().isEmpty());
            assertTrue(coordinatorsPresentations.getBookableSessions().stream().noneMatch(Session::isClosed));
            ProjectFile summary = coordinator.call(() -> files.read(id, Part.SUMMARY, 0, 15, Set.of()));
            assertTrue(summary.getAdvice().isEmpty() && summary.getPresentations().isEmpty(),
                    "the summary reads no other part's rows");
            assertEquals(List.of(1, 2, 0), List.of(summary.getCounts().of(Part.PRESENTATIONS),
                    summary.getCounts().of(Part.ADVICE), summary.getCounts().of(Part.ORIENTATIONS)),
                    "but counts them for its tabs");

            long apeiId = organisation(APEI).getId();
            Orientation oriented = coordinator.call(() -> orientations.orient(id, apeiId, january.getId(),
                    "Un local pour les outils"));
            assertEquals(id, apei.call(() -> projects.getProject(id)).getId(), "oriented, APEI sees the project");
            assertTrue(federation.call(() -> orientations.ofProject(id)).isEmpty(), "not the Fédération's");
            ProjectFile federationsOrientations = federation.call(() -> files.read(id, Part.ORIENTATIONS, 0, 15,
                    Set.of()));
            assertTrue(federationsOrientations.getOrientations().isEmpty());
            assertEquals(0, federationsOrientations.getCounts().of(Part.ORIENTATIONS));
            ProjectFile apeisOrientations = apei.call(() -> files.read(id, Part.ORIENTATIONS, 0, 15, Set.of()));
            assertEquals(List.of("Un local pour les outils"), apeisOrientations.getOrientations().stream()
                    .map(Orientation::getNeed).toList());
            assertEquals(1, apeisOrientations.getCounts().of(Part.ORIENTATIONS));
            assertNotVisible(() -> federation.call(() -> orientations.move(oriented.getId(), oriented.getVersion(),
                    OrientationState.ACCEPTED, null)));
            BusinessException noReason = assertThrows(BusinessException.class, () -> apei.call(
                    () -> orientations.move(oriented.getId(), oriented.getVersion(), OrientationState.REFUSED, "")));
            assertEquals("Indiquez pourquoi l’orientation est refusée.", noReason.getMessage());
            Orientation accepted = apei.call(() -> orientations.move(oriented.getId(), oriented.getVersion(),
                    OrientationState.ACCEPTED, null));
            BusinessException stale = assertThrows(BusinessException.class, () -> apei.call(
                    () -> orientations.move(oriented.getId(), oriented.getVersion(), OrientationState.UNREACHABLE,
                            null)));
            assertTrue(stale.getMessage().contains("modifiée par quelqu’un d’autre"), stale.getMessage());
            apei.run(() -> orientations.move(accepted.getId(), accepted.getVersion(), OrientationState.HELP_OBTAINED,
                    null));

            Presentation booked = coordinator.call(() -> presentations.ofProject(id)).get(0);
            Presentation written = coordinator.call(() -> presentations.writeMinutes(booked.getId(),
                    booked.getVersion(), "Le centre social prête une salle ; l’APEI un local pour les outils."));
            assertEquals(ProjectState.PRESENTED, coordinator.call(() -> projects.getProject(id)).getState());
            assertTrue(federation.call(() -> presentations.ofProject(id)).isEmpty(), "minutes not validated yet");
            coordinator.run(() -> presentations.sendMinutes(written.getId(), written.getVersion()));

            String minutesMail = Mailbox.waitFor(smtp, holderEmail, "compte rendu");
            String minutesToken = token(minutesMail);
            MinutesForHolder forHolder = presentations.forHolder(minutesToken);
            assertEquals(MinutesStatus.TO_VALIDATE, forHolder.getPresentation().getMinutesStatus());
            assertEquals(1, forHolder.getSharedAdvice().size(), "the holder reads shared advice only");
            assertEquals("Oui, le mardi soir.", forHolder.getSharedAdvice().get(0).getText());
            presentations.replyToAdvice(minutesToken, forHolder.getSharedAdvice().get(0).getId(),
                    "Merci, le mardi nous convient.");
            presentations.validateAsHolder(minutesToken);
            assertNotVisible(() -> presentations.forHolder(minutesToken));
            List<Presentation> shared = federation.call(() -> presentations.ofProject(id));
            assertEquals(1, shared.size(), "validated, the minutes are shared with the network");
            ProjectFile sharedMinutes = federation.call(() -> files.read(id, Part.PRESENTATIONS, 0, 15, Set.of()));
            assertEquals(1, sharedMinutes.getPresentations().size());
            assertEquals(1, sharedMinutes.getCounts().of(Part.PRESENTATIONS));
            assertEquals("Merci, le mardi nous convient.", staff.call(() -> advice.ofProject(id)).stream()
                    .filter(Advice::isShared).findFirst().orElseThrow().getHolderReply());

            String usefulnessToken = token(Mailbox.waitFor(smtp, holderEmail, "vous a-t-elle aidé"));
            assertEquals("Un local pour les outils", orientations.forHolder(usefulnessToken).getNeed());
            orientations.answerUsefulness(usefulnessToken, Usefulness.USEFUL);
            assertNotVisible(() -> orientations.answerUsefulness(usefulnessToken, Usefulness.NOT_USEFUL));
            assertEquals(Usefulness.USEFUL, coordinator.call(() -> orientations.ofProject(id)).get(0).getUsefulness());

            assertTrue(Mailbox.waitFor(smtp, "membre-federation@example.org", "votre avis").contains(
                    "Pouvez-vous prêter une salle ?"));
            assertTrue(Mailbox.waitFor(smtp, "membre-apei@example.org", "orienté vers").contains("Un local pour les outils"));

            List<TimelineEvent> timeline = coordinator.call(() -> projects.timeline(id, 0, 100)).getItems();
            Set<TimelineEvent.Kind> kinds = timeline.stream().map(TimelineEvent::getKind)
                    .collect(java.util.stream.Collectors.toSet());
            assertTrue(kinds.containsAll(Set.of(TimelineEvent.Kind.PRESENTATION, TimelineEvent.Kind.ADVICE,
                    TimelineEvent.Kind.ORIENTATION, TimelineEvent.Kind.STATE_CHANGE)), kinds.toString());
            assertFalse(timeline.stream().anyMatch(e -> e.getDescription().contains("fragile")),
                    "confidential advice is never quoted in the timeline, which partners read");
            ProjectFile firstTwo = staff.call(() -> files.read(id, Part.SUMMARY, 0, 2, Set.of()));
            assertEquals(timeline.subList(0, 2).stream().map(e -> e.getOccurredAt() + " " + e.getDescription()).toList(),
                    firstTwo.getTimeline().getItems().stream().map(e -> e.getOccurredAt() + " " + e.getDescription())
                            .toList());
            assertTrue(firstTwo.getTimeline().hasNext(), "the page's timeline knows a next page exists");
            ProjectFile last = staff.call(() -> files.read(id, Part.SUMMARY, timeline.size() - 1, 2, Set.of()));
            assertEquals(1, last.getTimeline().getItems().size());
            assertFalse(last.getTimeline().hasNext(), "nor more after the last event");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void eachReaderExportsTheProjectsTheyMaySeeWithTheListsFilters() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Project oriented = coordinator.call(() -> projects.registerOnBehalf(Platform.LENS_LIEVIN,
                idea("Atelier vélo " + tag, "velo-" + tag + "@example.org")));
        coordinator.call(() -> projects.registerOnBehalf(Platform.LENS_LIEVIN, idea("Repair café " + tag, "repair-" + tag + "@example.org")));
        long apeiId = organisation(APEI).getId();
        coordinator.run(() -> orientations.orient(oriented.getId(), apeiId, null, "Des vélos à réparer"));

        ProjectFilter all = new ProjectFilter(Platform.LENS_LIEVIN, null, null, null);
        String partners = new String(apei.call(() -> projects.export(all, ExportFormat.CSV)), StandardCharsets.UTF_8);
        assertTrue(partners.startsWith("\uFEFFnumero;titre;etat;commune;domaines;besoins;recu_le;"
                + "derniere_activite;porteur\r\n"), partners.substring(0, Math.min(120, partners.length())));
        assertTrue(partners.contains(oriented.getId() + ";Atelier vélo " + tag + ";reçue;Liévin;environnement;locaux;"),
                partners);
        assertFalse(partners.contains("Repair café " + tag), "a partner exports only what involves them");
        String team = new String(staff.call(() -> projects.export(new ProjectFilter(Platform.LENS_LIEVIN,
                ProjectState.RECEIVED, "62510", Field.ENVIRONMENT), ExportFormat.CSV)), StandardCharsets.UTF_8);
        assertTrue(team.contains("Atelier vélo " + tag) && team.contains("Repair café " + tag), "the team, both");
        String otherCommune = new String(staff.call(() -> projects.export(new ProjectFilter(Platform.LENS_LIEVIN,
                null, "62498", null), ExportFormat.CSV)), StandardCharsets.UTF_8);
        assertFalse(otherCommune.contains("Repair café " + tag), "the list's filters apply");
        byte[] workbook = staff.call(() -> projects.export(all, ExportFormat.XLSX));
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(workbook))) {
            String sheet = null;
            for (java.util.zip.ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            assertTrue(sheet != null && sheet.contains("Repair café " + tag), "an Excel workbook with the rows");
        }
    }

    @Test
    void theAgendaRefusesAnOverFullMorningAndKeepsTheCoordinatorsOrder() {
        Session february = session(Month.FEBRUARY);
        List<Long> booked = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            String title = "Projet de février n° " + i;
            long id = coordinator.call(() -> projects.registerOnBehalf(Platform.LENS_LIEVIN, idea(title,
                    "fevrier@example.org"))).getId();
            booked.add(coordinator.call(() -> presentations.book(february.getId(), id, 30)).getId());
        }
        long seventh = coordinator.call(() -> projects.registerOnBehalf(Platform.LENS_LIEVIN,
                idea("Projet de trop", "fevrier@example.org"))).getId();
        BusinessException full = assertThrows(BusinessException.class,
                () -> coordinator.call(() -> presentations.book(february.getId(), seventh, 20)));
        assertEquals("L’ordre du jour de cette réunion est complet : il reste 0 minutes entre 09:00 et 12:00, la "
                + "présentation en demande 20. Raccourcissez une présentation ou choisissez une autre réunion.",
                full.getMessage());
        assertEquals(6, staff.call(() -> presentations.agenda(february.getId())).getSlots().size(),
                "nothing was added");

        List<Long> reversed = new ArrayList<>(booked);
        java.util.Collections.reverse(reversed);
        AgendaView agenda = coordinator.call(() -> presentations.reorder(february.getId(), reversed));
        assertEquals(reversed, agenda.getSlots().stream().map(s -> s.getPresentation().getId()).toList());
        AgendaView reread = federation.call(() -> presentations.agenda(february.getId()));
        assertEquals(reversed, reread.getSlots().stream().map(s -> s.getPresentation().getId()).toList(),
                "the order is kept");
        assertEquals(LocalTime.of(11, 30), reread.getSlots().get(5).getStart());
        assertThrows(BusinessException.class, () -> coordinator.call(
                () -> presentations.reorder(february.getId(), booked.subList(0, 5))), "an order missing one");

        Presentation last = reread.getSlots().get(5).getPresentation();
        coordinator.run(() -> presentations.changeDuration(last.getId(), last.getVersion(), 10));
        assertEquals(20, staff.call(() -> presentations.agenda(february.getId())).getMinutesLeft());
        coordinator.run(() -> presentations.book(february.getId(), seventh, 20));
        assertEquals(0, staff.call(() -> presentations.agenda(february.getId())).getMinutesLeft());
    }

    @Test
    void silentPartnersAreRemindedAfterNineAndTwentyOneDaysAndNoMore() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(MailIT.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            long id = coordinator.call(() -> projects.registerOnBehalf(Platform.LENS_LIEVIN,
                    idea("Atelier vélo solidaire", "velo@example.org"))).getId();
            long apeiId = organisation(APEI).getId();
            Orientation oriented = coordinator.call(() -> orientations.orient(id, apeiId, null, "Un atelier"));
            Advice asked = coordinator.call(() -> advice.request(id, "membre-federation", "Votre avis sur l’atelier ?", null,
                    null));
            assertEquals(0, admin.call(() -> reminders.sendDueReminders()), "nothing is due on the first day");

            age("orientations", oriented.getId(), Duration.ofDays(10));
            age("advice", asked.getId(), Duration.ofDays(10));
            assertEquals(2, admin.call(() -> reminders.sendDueReminders()), "day 10: the first reminders");
            assertEquals(0, admin.call(() -> reminders.sendDueReminders()), "sent once");
            assertTrue(Mailbox.waitFor(smtp, "membre-apei@example.org", "Rappel").contains("Atelier vélo solidaire"));
            assertTrue(Mailbox.waitFor(smtp, "membre-federation@example.org", "Rappel").contains("Atelier vélo solidaire"));

            age("orientations", oriented.getId(), Duration.ofDays(22));
            age("advice", asked.getId(), Duration.ofDays(22));
            assertEquals(2, admin.call(() -> reminders.sendDueReminders()), "day 22: the second reminders");
            Orientation reminded = coordinator.call(() -> orientations.ofProject(id)).get(0);
            assertEquals(2, reminded.getRemindersSent());

            coordinator.run(() -> advice.revoke(asked.getId(), staff.call(() -> advice.ofProject(id)).get(0)
                    .getVersion()));
            apei.run(() -> orientations.move(reminded.getId(), reminded.getVersion(), OrientationState.ACCEPTED,
                    null));
            age("orientations", oriented.getId(), Duration.ofDays(5));
            age("advice", asked.getId(), Duration.ofDays(60));
            assertEquals(0, admin.call(() -> reminders.sendDueReminders()),
                    "a withdrawn request is not reminded, and a move starts the count again");
        } finally {
            smtp.stop();
        }
    }

    private static void assertNotVisible(Runnable call) {
        BusinessException refused = assertThrows(BusinessException.class, call::run);
        assertEquals(BusinessException.Kind.NOT_FOUND, refused.getKind(), refused.getMessage());
    }

    private Session session(Month month) {
        return calendar.sessionsOfYear(Platform.LENS_LIEVIN, YEAR).stream()
                .filter(s -> s.getDate().getMonth() == month).findFirst().orElseThrow();
    }

    private Organisation organisation(String shortName) {
        return staff.call(() -> referenceData.network(Platform.LENS_LIEVIN, 0, 100)).stream()
                .filter(o -> o.getShortName().equals(shortName)).findFirst().orElseThrow();
    }

    /** Moves the last move of a row back in time, as if that many days had passed. */
    private static void age(String table, long id, Duration ago) throws Exception {
        DataSource data = InitialContext.doLookup("java:jboss/datasources/FabrikDS");
        try (Connection connection = data.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE " + table + " SET last_moved_at = ? WHERE id = ?")) {
            update.setTimestamp(1, Timestamp.from(Instant.now().minus(ago)));
            update.setLong(2, id);
            assertEquals(1, update.executeUpdate());
        }
    }

    /** The text of the latest message to {@code recipient} whose subject contains {@code subject}. */

    private static String token(String body) {
        Matcher matcher = TOKEN.matcher(body);
        assertTrue(matcher.find(), body);
        return matcher.group(1);
    }

    /** A project's summary shows a change at once, though its counts and timeline are kept between changes. */
    @Test
    void aProjectsSummaryShowsANextStepAndAStateChangeAtOnce() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Project project = coordinator.call(() -> projects.registerOnBehalf(Platform.LENS_LIEVIN,
                idea("Atelier vélo " + tag, "velo-" + tag + "@example.org")));
        ProjectFile before = staff.call(() -> files.read(project.getId(), Part.SUMMARY, 0, 15, Set.of()));
        assertEquals(0, before.getCounts().of(Part.ACTIONS));
        coordinator.run(() -> followUp.addAction(project.getId(), "Trouver un local " + tag, "Animatrice",
                LocalDate.now().plusDays(10)));
        long version = coordinator.call(() -> projects.getProject(project.getId())).getVersion();
        coordinator.run(() -> projects.changeState(project.getId(), version, ProjectState.REORIENTED,
                "Vers la maison du vélo " + tag));

        ProjectFile after = staff.call(() -> files.read(project.getId(), Part.SUMMARY, 0, 15, Set.of()));
        assertEquals(1, after.getCounts().of(Part.ACTIONS));
        assertTrue(after.getTimeline().getItems().get(0).getDescription().contains("Vers la maison du vélo " + tag),
                after.getTimeline().getItems().get(0).getDescription());
        assertTrue(after.getTimeline().getItems().size() > before.getTimeline().getItems().size());
    }

    private static IdeaSubmission idea(String title, String email) {
        return new IdeaSubmission(HolderKind.INFORMAL_GROUP, "Les voisins " + UUID.randomUUID().toString()
                .substring(0, 6), "Mme Dupont", email, null, title, "Cultiver ensemble un terrain en friche.",
                "Pour les familles du quartier.", Set.of(Field.ENVIRONMENT), "62510", null, null,
                Set.of(Need.PREMISES), true);
    }
}
