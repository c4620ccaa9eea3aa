package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fabrikaprojets.application.AdviceService;
import fr.fabrikaprojets.application.Erasure;
import fr.fabrikaprojets.application.FollowUpService;
import fr.fabrikaprojets.application.IdeaSubmission;
import fr.fabrikaprojets.application.OrientationService;
import fr.fabrikaprojets.application.PersonalData;
import fr.fabrikaprojets.application.PresentationService;
import fr.fabrikaprojets.application.PrivacyService;
import fr.fabrikaprojets.application.ProjectService;
import fr.fabrikaprojets.application.ReferenceDataService;
import fr.fabrikaprojets.application.RegistrationService;
import fr.fabrikaprojets.application.RequestOrigin;
import fr.fabrikaprojets.application.SessionCalendarService;
import fr.fabrikaprojets.application.TempsFortsService;
import fr.fabrikaprojets.application.Upload;
import fr.fabrikaprojets.domain.model.advice.Visibility;
import fr.fabrikaprojets.domain.model.event.Audience;
import fr.fabrikaprojets.domain.model.event.Cycle;
import fr.fabrikaprojets.domain.model.event.EventDetails;
import fr.fabrikaprojets.domain.model.event.EventKind;
import fr.fabrikaprojets.domain.model.event.PublicEvent;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.presentation.Presentation;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.project.HolderKind;
import fr.fabrikaprojets.domain.model.project.Need;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.project.ProjectHolder;
import fr.fabrikaprojets.domain.model.project.ProjectState;
import fr.fabrikaprojets.domain.model.session.ParticipantKind;
import fr.fabrikaprojets.domain.model.session.Session;
import fr.fabrikaprojets.domain.shared.BusinessException;
import fr.fabrikaprojets.domain.shared.Retention;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The holders' rights on a running server: what is held about a person is exported (JSON and PDF, read back), then
 * erased (one project closed, so with its experience sheet) — after which no column of any table holds their name,
 * e-mail or phone, and every figure the platform
 * reports is the same as before; consent withdrawn; the retention job anonymising those inactive for three years and
 * only them.
 */
@ExtendWith(ArquillianExtension.class)
class PrivacyIT {

    private static final int YEAR = 2047;
    private static final String APEI = "APEI Lens et environs";
    private static final AtomicInteger SENDERS = new AtomicInteger();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEarTesting(PrivacyIT.class, DocumentIT.class, AsCoordinator.class, AsAdmin.class,
                AsStaff.class);
    }

    @Inject
    PrivacyService privacy;

    @Inject
    ProjectService projects;

    @Inject
    PresentationService presentations;

    @Inject
    AdviceService advice;

    @Inject
    OrientationService orientations;

    @Inject
    FollowUpService followUp;

    @Inject
    RegistrationService registrations;

    @Inject
    TempsFortsService tempsForts;

    @Inject
    SessionCalendarService calendar;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    RequestOrigin origin;

    @Inject
    AsCoordinator coordinator;

    @Inject
    AsAdmin admin;

    @Inject
    AsStaff staff;

    @Test
    void aPersonsDataIsExportedThenErasedWithoutATraceWhileTheFiguresStayTheSame() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String name = "Léonie Vasseur-" + tag;
        String email = "leonie." + tag + "@example.org";
        // Eight digits of its own: a phone number shared with another test's registration would be found too.
        String eight = String.format("%08d", Math.floorMod(tag.hashCode(), 100_000_000));
        String phone = "07 " + eight.substring(0, 2) + " " + eight.substring(2, 4) + " " + eight.substring(4, 6) + " "
                + eight.substring(6);
        String digits = phone.replaceAll("\\D", "");
        Project byForm = submit(idea(name, email, phone, "Jardin de " + name),
                new Upload("plan-" + tag + ".pdf", DocumentIT.PDF));
        Project byPhone = coordinator.call(() -> projects.registerOnBehalf(Platform.LENS_LIEVIN,
                idea(name, email, null, "Atelier cuisine")));
        Session session = session();
        coordinator.run(() -> presentations.book(session.getId(), byPhone.getId(), 20));
        Presentation booked = coordinator.call(() -> presentations.ofProject(byPhone.getId())).get(0);
        coordinator.run(() -> presentations.writeMinutes(booked.getId(), booked.getVersion(),
                "Mme " + name + " (" + phone + ") présente l’atelier ; écrire à " + email + "."));
        coordinator.run(() -> advice.recordLive(byPhone.getId(), organisation("CAF"), session.getId(),
                "Bien préparé par " + name.toUpperCase(Locale.ROOT) + ".", Visibility.SHARED));
        coordinator.run(() -> orientations.orient(byPhone.getId(), organisation(APEI), session.getId(),
                "Un local pour " + name));
        staff.run(() -> followUp.addAction(byPhone.getId(), "Rappeler " + name, name, LocalDate.now().plusDays(7)));
        registrations.register(session.getId(), name, email, phone, ParticipantKind.HOLDER, null, true);
        Cycle cycle = coordinator.call(() -> tempsForts.createCycle(Platform.LENS_LIEVIN, "Cycle " + tag,
                "Des soirées.", Set.of(organisation("CAF"))));
        PublicEvent evening = coordinator.call(() -> tempsForts.planEvent(cycle.getId(), new EventDetails(
                EventKind.WORKSHOP, "Atelier " + tag, null, LocalDate.now().plusDays(10), LocalTime.of(18, 0),
                LocalTime.of(20, 0), null, null, null, "https://visio.example.org/atelier", null, 20,
                Audience.PUBLIC)));
        tempsForts.register(evening.getId(), name, email, null, ParticipantKind.INHABITANT, true);
        coordinator.run(() -> projects.changeState(byPhone.getId(), projects.getProject(byPhone.getId()).getVersion(),
                ProjectState.REORIENTED, "Vers le centre social, avec " + name));

        PersonalData found = admin.call(() -> privacy.find(" " + email.toUpperCase(Locale.ROOT) + " "));
        assertEquals(2, found.getProjects().size(), "both projects, whatever the case of the address");
        assertEquals(1, found.getRegistrations().size());
        assertEquals(1, found.getEventRegistrations().size(), "and the temps fort they registered for");
        PersonalData byNumber = admin.call(() -> privacy.find(phone));
        assertEquals(List.of(byForm.getId()), byNumber.getProjects().stream().map(Project::getId).toList(),
                "the phone number finds the project given with it");
        assertEquals(1, byNumber.getRegistrations().size());

        String json = admin.call(() -> privacy.reportAsJson(email));
        JsonObject report = Json.createReader(new StringReader(json)).readObject();
        assertEquals(email, report.getString("personne"));
        String everything = report.toString();
        assertTrue(everything.contains("Jardin de " + name), "the JSON holds the projects");
        assertTrue(everything.contains("Un local pour " + name), "and the orientations");
        assertTrue(everything.contains("plan-" + tag + ".pdf"), "and the documents");
        assertEquals(1, section(report, "Inscriptions aux réunions").size(), "and the registration");
        assertEquals(1, section(report, "Inscriptions aux temps forts").size(), "and the event's");
        byte[] pdf = admin.call(() -> privacy.reportAsPdf(email));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Vos données personnelles"), text);
            assertTrue(text.contains(name), "the PDF names the person with their accents: " + text);
            assertTrue(text.contains("Inscriptions aux réunions"));
            assertTrue(text.contains("État : réorientée") && text.contains("Besoins : locaux"),
                    "the domain's values in words, not codes: " + text);
        }

        TreeMap<String, Long> figuresBefore = figures();
        BusinessException noReason = assertThrows(BusinessException.class,
                () -> admin.call(() -> privacy.erase(email, " ")));
        assertTrue(noReason.getMessage().startsWith("Indiquez la demande"), noReason.getMessage());
        assertFalse(mentions(name, email, phone, digits).isEmpty(), "nothing erased on a refused request");

        Erasure erased = admin.call(() -> privacy.erase(email, "courriel du 28/11/2026"));
        assertEquals(2, erased.getHolders());
        assertEquals(2, erased.getRegistrations(), "to the session and to the event");
        assertEquals(1, erased.getDocumentsDeleted(), "the plan sent through the public form is deleted");
        assertEquals(List.of(), mentions(name, email, phone, digits), "no table keeps the name, e-mail or phone");
        assertEquals(figuresBefore, figures(), "every figure the platform reports is unchanged");
        Project after = coordinator.call(() -> projects.getProject(byForm.getId()));
        assertEquals(ProjectHolder.ANONYMOUS, after.getHolder().getName());
        assertNotNull(after.getHolder().getAnonymisedAt());
        assertTrue(admin.call(() -> privacy.find(email)).isEmpty(), "the address no longer finds anyone");
    }

    @Test
    void aWithdrawnConsentIsRecordedAndTheHolderAnonymised() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String email = "retrait." + tag + "@example.org";
        Project project = submit(idea("Karim " + tag, email, null, "Théâtre"));
        BusinessException how = assertThrows(BusinessException.class,
                () -> admin.call(() -> privacy.withdrawConsent(email, "")));
        assertTrue(how.getMessage().startsWith("Indiquez comment"), how.getMessage());
        assertEquals(1, admin.call(() -> privacy.withdrawConsent(email, "par téléphone")).getHolders());
        ProjectHolder holder = coordinator.call(() -> projects.getProject(project.getId())).getHolder();
        assertNotNull(holder.getConsentWithdrawnAt());
        assertNotNull(holder.getAnonymisedAt());
        assertThrows(BusinessException.class, () -> admin.call(() -> privacy.withdrawConsent(email, "encore")),
                "nothing is left to anonymise");
    }

    @Test
    void theRetentionJobAnonymisesHoldersInactiveForThreeYearsAndNoOneElse() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Project old = submit(idea("Ancien " + tag, "ancien." + tag
                + "@example.org", null, "Contes en yourte"));
        Project soon = submit(idea("Bientôt " + tag, "bientot." + tag
                + "@example.org", null, "Chorale"));
        Project recent = submit(idea("Récent " + tag, "recent." + tag
                + "@example.org", null, "Jardin partagé"));
        Instant cutoff = Retention.cutoff(Instant.now());
        lastActivity(old.getId(), cutoff.minusSeconds(86_400));
        lastActivity(soon.getId(), cutoff.plusSeconds(10 * 86_400));

        List<Long> next = admin.call(() -> privacy.nextAnonymisations(0, 100)).getItems().stream()
                .map(Project::getId).toList();
        assertTrue(next.contains(old.getId()), "due already");
        assertTrue(next.contains(soon.getId()), "due within 30 days, shown ahead");
        assertFalse(next.contains(recent.getId()));

        assertTrue(admin.call(() -> privacy.anonymiseExpired()).getHolders() >= 1);
        assertTrue(coordinator.call(() -> projects.getProject(old.getId())).getHolder().isAnonymised());
        assertFalse(coordinator.call(() -> projects.getProject(soon.getId())).getHolder().isAnonymised(),
                "not before its time");
        assertFalse(coordinator.call(() -> projects.getProject(recent.getId())).getHolder().isAnonymised());
    }

    @Test
    void aRequestWithoutAnAddressIsRefusedWithAClearMessage() {
        BusinessException empty = assertThrows(BusinessException.class, () -> admin.call(() -> privacy.find("  ")));
        assertTrue(empty.getMessage().startsWith("Indiquez l’adresse e-mail ou le numéro"), empty.getMessage());
        BusinessException unknown = assertThrows(BusinessException.class,
                () -> admin.call(() -> privacy.reportAsJson("personne.inconnue@example.org")));
        assertTrue(unknown.getMessage().contains("aucune donnée"), unknown.getMessage());
    }

    /** Every table and every text column where the name, the e-mail or the phone still appears. */
    private static List<String> mentions(String name, String email, String phone, String digits)
            throws Exception {
        List<String> found = new ArrayList<>();
        DataSource data = InitialContext.doLookup("java:jboss/datasources/FabrikDS");
        try (Connection connection = data.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(null, connection.getSchema(), "%", "%")) {
                while (rs.next()) {
                    String type = rs.getString("TYPE_NAME").toUpperCase(Locale.ROOT);
                    if (type.contains("CHAR") || type.contains("CLOB")) {
                        columns.add(new String[] {rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME")});
                    }
                }
            }
            assertTrue(columns.size() > 50, "the scan reads the whole schema: " + columns.size());
            for (String[] column : columns) {
                for (String needle : List.of(name.toLowerCase(Locale.ROOT), email.toLowerCase(Locale.ROOT),
                        phone, digits)) {
                    String sql = "SELECT COUNT(*) FROM \"" + column[0] + "\" WHERE LOWER(\"" + column[1]
                            + "\") LIKE ?";
                    try (PreparedStatement count = connection.prepareStatement(sql)) {
                        count.setString(1, "%" + needle + "%");
                        try (ResultSet rs = count.executeQuery()) {
                            rs.next();
                            if (rs.getLong(1) > 0) {
                                found.add(column[0] + "." + column[1] + " ∋ " + needle);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    /** What the platform reports, counted straight from the tables: per state, commune, field, outcome, presence. */
    private static TreeMap<String, Long> figures() throws Exception {
        TreeMap<String, Long> figures = new TreeMap<>();
        DataSource data = InitialContext.doLookup("java:jboss/datasources/FabrikDS");
        try (Connection connection = data.getConnection()) {
            for (String sql : List.of(
                    "SELECT 'projets ' || state || ' ' || commune_code, COUNT(*) FROM projects GROUP BY state, "
                            + "commune_code",
                    "SELECT 'domaine ' || field, COUNT(*) FROM project_fields GROUP BY field",
                    "SELECT 'besoin ' || need, COUNT(*) FROM project_needs GROUP BY need",
                    "SELECT 'porteurs ' || kind, COUNT(*) FROM project_holders GROUP BY kind",
                    "SELECT 'orientations ' || state, COUNT(*) FROM orientations GROUP BY state",
                    "SELECT 'avis ' || status, COUNT(*) FROM advice GROUP BY status",
                    "SELECT 'présentations', COUNT(*) FROM presentations",
                    "SELECT 'inscriptions ' || status, COUNT(*) FROM session_registrations GROUP BY status",
                    "SELECT 'événements', COUNT(*) FROM project_events")) {
                try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        figures.put(rs.getString(1).strip(), rs.getLong(2));
                    }
                }
            }
            // Months counted here: Derby and PostgreSQL have no common SQL for a timestamp's year and month.
            try (PreparedStatement query = connection.prepareStatement("SELECT received_at FROM projects");
                    ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    java.time.LocalDateTime received = rs.getTimestamp(1).toLocalDateTime();
                    figures.merge("reçus " + received.getYear() + "-" + received.getMonthValue(), 1L, Long::sum);
                }
            }
        }
        return figures;
    }

    private static JsonArray section(JsonObject report, String title) {
        return report.getJsonArray("sections").stream().map(JsonValue::asJsonObject)
                .filter(section -> section.getString("titre").equals(title)).findFirst().orElseThrow()
                .getJsonArray("elements");
    }

    private static void lastActivity(long projectId, Instant at) throws Exception {
        DataSource data = InitialContext.doLookup("java:jboss/datasources/FabrikDS");
        try (Connection connection = data.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE projects SET last_activity_at = ? WHERE id = ?")) {
            update.setTimestamp(1, Timestamp.from(at));
            update.setLong(2, projectId);
            assertEquals(1, update.executeUpdate());
        }
    }

    @Test
    void aPersonWhoWroteInEnglishReceivesTheirDataInEnglish() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String email = "jane." + tag + "@example.org";
        origin.reads("en");
        try {
            submit(idea("Jane Doe " + tag, email, null, "Street party " + tag));
        } finally {
            origin.reads("fr");
        }

        JsonObject report = Json.createReader(new StringReader(admin.call(() -> privacy.reportAsJson(email))))
                .readObject();
        assertEquals("en", report.getString("langue"), "the document is in the language the person wrote in");
        JsonObject project = section(report, "Projects you carry").getJsonObject(0);
        assertEquals("Street party " + tag, project.getString("Title"));
        assertEquals("received", project.getString("State"));
        assertEquals("premises", project.getString("Needs"));
        byte[] pdf = admin.call(() -> privacy.reportAsPdf(email));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Your personal data at La Fabrik à projets"), text);
            assertTrue(text.contains("Kind of holder: one or more inhabitants"), text);
            assertTrue(text.contains("Registrations to sessions") && text.contains("No data."), text);
            assertFalse(text.contains("Projets portés") || text.contains("Aucune donnée"),
                    "no French heading: " + text);
        }
    }

    private Session session() {
        if (calendar.sessionsOfYear(Platform.LENS_LIEVIN, YEAR).isEmpty()) {
            coordinator.run(() -> calendar.generateYear(Platform.LENS_LIEVIN, YEAR));
        }
        return calendar.sessionsOfYear(Platform.LENS_LIEVIN, YEAR).stream()
                .filter(s -> s.getDate().getMonth() == Month.MARCH).findFirst().orElseThrow();
    }

    private long organisation(String shortName) {
        return referenceData.network(Platform.LENS_LIEVIN, 0, 100).stream()
                .filter(o -> o.getShortName().equals(shortName)).findFirst().orElseThrow().getId();
    }

    /** A public submission from an address of its own, clear of the limit of ideas per address and hour. */
    private Project submit(IdeaSubmission submission, Upload... document) {
        origin.arrivedFrom("198.51.100." + (1 + SENDERS.getAndIncrement() % 250));
        return document.length == 0 ? projects.submitIdea(Platform.LENS_LIEVIN, submission)
                : projects.submitIdea(Platform.LENS_LIEVIN, submission, document[0]);
    }

    private static IdeaSubmission idea(String name, String email, String phone, String title) {
        return new IdeaSubmission(HolderKind.INHABITANTS, name, null, email, phone, title,
                "Une idée de " + name + " pour le quartier.", "Réunir les voisins.", Set.of(Field.CULTURE), "62498",
                "Cité 12", "Les voisins de " + name + " participent.", Set.of(Need.PREMISES), true);
    }
}
