package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.fabrikaprojets.application.AdviceService;
import fr.fabrikaprojets.application.CapitalisationService;
import fr.fabrikaprojets.application.IdeaSubmission;
import fr.fabrikaprojets.application.OrientationService;
import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.application.PresentationService;
import fr.fabrikaprojets.application.ProjectService;
import fr.fabrikaprojets.application.ReferenceDataService;
import fr.fabrikaprojets.application.SessionCalendarService;
import fr.fabrikaprojets.application.SheetSummary;
import fr.fabrikaprojets.domain.model.advice.Visibility;
import fr.fabrikaprojets.domain.model.capitalisation.ExperienceSheet;
import fr.fabrikaprojets.domain.model.capitalisation.LibraryFilter;
import fr.fabrikaprojets.domain.model.capitalisation.Publication;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.presentation.Presentation;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.project.HolderKind;
import fr.fabrikaprojets.domain.model.project.Need;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.project.ProjectState;
import fr.fabrikaprojets.domain.model.session.Session;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.inject.Inject;
import java.time.Month;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Capitalising experience through the services, with a real SMTP server: a project that closes gets its experience
 * sheet drafted from its history (never quoting confidential advice); partners do not see it until the holder,
 * through the link of their e-mail, completes it and chooses to publish it; the library then finds it by theme and
 * commune, signed or not as the holder chose; a holder without e-mail gives their decision to the coordinator.
 */
@ExtendWith(ArquillianExtension.class)
class CapitalisationIT {

    private static final int YEAR = 2048;
    private static final Pattern TOKEN = Pattern.compile("jeton=([A-Za-z0-9_-]{43})");
    private static final String LIEVIN = "62510";

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.fabrikEarTesting(Mailbox.class, CapitalisationIT.class,
                AsCoordinator.class, AsStaff.class, AsPartner.class);
        ear.addAsLibrary(new java.io.File(System.getProperty("greenmail.jar")));
        return ear;
    }

    @Inject
    CapitalisationService capitalisation;

    @Inject
    ProjectService projects;

    @Inject
    PresentationService presentations;

    @Inject
    AdviceService advice;

    @Inject
    OrientationService orientations;

    @Inject
    SessionCalendarService calendar;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    AsCoordinator coordinator;

    @Inject
    AsStaff staff;

    @Inject
    AsPartner partner;

    @Test
    void aClosedProjectsSheetIsDraftedThenPublishedOnlyAsItsHolderDecides() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(MailIT.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            String tag = UUID.randomUUID().toString().substring(0, 6);
            String email = "conteuse-" + tag + "@example.org";
            Project project = coordinator.call(() -> projects.registerOnBehalf(Platform.LENS_LIEVIN,
                    idea("Contes en yourte " + tag, "Les conteuses " + tag, email)));
            long id = project.getId();
            Session march = session(Month.MARCH);
            coordinator.run(() -> presentations.book(march.getId(), id, 20));
            Presentation booked = coordinator.call(() -> presentations.ofProject(id)).get(0);
            coordinator.run(() -> presentations.writeMinutes(booked.getId(), booked.getVersion(), "Présenté."));
            coordinator.run(() -> advice.recordLive(id, organisation("CAF"), march.getId(),
                    "Le fonds d’initiatives peut financer la yourte.", Visibility.SHARED));
            coordinator.run(() -> advice.recordLive(id, organisation("CAF"), march.getId(),
                    "Budget fragile, à surveiller.", Visibility.CONFIDENTIAL));
            coordinator.run(() -> orientations.orient(id, organisation("APEI Lens et environs"), march.getId(),
                    "Un public d’enfants"));
            assertThrows(BusinessException.class, () -> coordinator.call(() -> capitalisation.sheetOfProject(id)),
                    "no sheet while the project goes on");

            move(id, ProjectState.ACCOMPANIED, coordinator);
            staff.run(() -> {
                Project current = projects.getProject(id);
                projects.changeState(id, current.getVersion(), ProjectState.REALISED, null);
            });

            ExperienceSheet draft = staff.call(() -> capitalisation.sheetOfProject(id));
            assertEquals("Contes en yourte " + tag, draft.getTitle());
            assertEquals(ProjectState.REALISED, draft.getOutcome());
            assertNull(draft.getPublication(), "undecided until the holder speaks");
            String journey = draft.getJourney();
            assertTrue(journey.contains("Présentée à la réunion du"), journey);
            assertTrue(journey.contains("Avis de CAF : Le fonds d’initiatives peut financer la yourte."), journey);
            assertTrue(journey.contains("Orientée vers APEI Lens et environs pour « Un public d’enfants »"), journey);
            assertTrue(journey.contains("Réalisé le"), journey);
            assertFalse(journey.contains("fragile"), "confidential advice never enters a sheet meant to be published");
            assertTrue(staff.call(() -> capitalisation.undecided(Platform.LENS_LIEVIN, 0, 100)).getItems().stream()
                    .anyMatch(s -> s.getId().equals(draft.getId())));
            assertThrows(BusinessException.class, () -> partner.call(() -> capitalisation.sheet(draft.getId())),
                    "a partner does not read an unpublished sheet");

            ExperienceSheet completed = staff.call(() -> capitalisation.complete(draft.getId(), draft.getVersion(),
                    draft.getTitle(), draft.getSummary(), journey, "Les familles sont venues nombreuses.", null));
            BusinessException stale = assertThrows(BusinessException.class, () -> staff.call(() -> capitalisation
                    .complete(draft.getId(), draft.getVersion(), "Autre titre", draft.getSummary(), journey, null,
                            null)));
            assertTrue(stale.getMessage().contains("modifiée par quelqu’un d’autre"), stale.getMessage());

            coordinator.run(() -> capitalisation.sendToHolder(completed.getId(), completed.getVersion()));
            String token = token(Mailbox.waitFor(smtp, email, "inspirer"));
            ExperienceSheet forHolder = capitalisation.forHolder(token);
            assertEquals("Les familles sont venues nombreuses.", forHolder.getWhatWorked());
            BusinessException undecided = assertThrows(BusinessException.class, () -> capitalisation.decideAsHolder(
                    token, forHolder.getVersion(), null, "Trouver un terrain.", null));
            assertTrue(undecided.getMessage().startsWith("Choisissez si la fiche est publiée"));
            ExperienceSheet edited = staff.call(() -> capitalisation.complete(forHolder.getId(),
                    forHolder.getVersion(), forHolder.getTitle(), forHolder.getSummary() + " Avec les écoles.",
                    forHolder.getJourney(), forHolder.getWhatWorked(), null));
            BusinessException unread = assertThrows(BusinessException.class, () -> capitalisation.decideAsHolder(
                    token, forHolder.getVersion(), null, "Trouver un terrain.", Publication.NAMED));
            assertTrue(unread.getMessage().contains("relisez-la"), "a sheet changed meanwhile is not published unread");
            capitalisation.decideAsHolder(token, edited.getVersion(), null, "Trouver un terrain pour la yourte : "
                    + "les conteuses " + tag + " l’ont cherché un an.", Publication.ANONYMOUS);
            assertThrows(BusinessException.class, () -> capitalisation.forHolder(token), "the link closes");

            ExperienceSheet published = partner.call(() -> capitalisation.sheet(draft.getId()));
            assertEquals(Publication.ANONYMOUS, published.getPublication());
            assertNull(published.getSignature(), "published without the holder's name");
            assertEquals("Les familles sont venues nombreuses.", published.getWhatWorked());
            assertEquals("Trouver un terrain pour la yourte : [anonymisé] l’ont cherché un an.",
                    published.getWhatBlocked(), "the holder's name leaves the texts the library, search and exports read");
            assertTrue(library(Field.CULTURE, LIEVIN).contains(draft.getId()), "found by its theme and commune");
            assertFalse(library(Field.SPORT, null).contains(draft.getId()), "not under another theme");
            assertFalse(library(null, "62498").contains(draft.getId()), "nor in another commune");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aHolderWithoutEmailGivesTheirDecisionToTheCoordinator() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Project project = coordinator.call(() -> projects.registerOnBehalf(Platform.LENS_LIEVIN,
                new IdeaSubmission(HolderKind.INHABITANTS, "Mme Benali " + tag, null, null, "06 01 02 03 04",
                        "Atelier couture " + tag, "Coudre ensemble.", "Rompre l’isolement.", Set.of(Field.SOCIAL),
                        LIEVIN, null, null, Set.of(Need.PREMISES), true)));
        long id = project.getId();
        coordinator.run(() -> projects.changeState(id, project.getVersion(), ProjectState.REORIENTED,
                "Vers le centre social de Liévin"));
        ExperienceSheet sheet = coordinator.call(() -> capitalisation.sheetOfProject(id));
        assertTrue(sheet.getJourney().contains("Réorienté le") && sheet.getJourney().contains("centre social"));
        BusinessException noEmail = assertThrows(BusinessException.class,
                () -> coordinator.call(() -> capitalisation.sendToHolder(sheet.getId(), sheet.getVersion())));
        assertTrue(noEmail.getMessage().startsWith("Le porteur n’a pas d’adresse e-mail"), noEmail.getMessage());
        assertThrows(Exception.class, () -> staff.call(() -> capitalisation.recordDecision(sheet.getId(),
                sheet.getVersion(), Publication.NAMED)), "staff do not record a holder's decision");
        coordinator.run(() -> capitalisation.recordDecision(sheet.getId(), sheet.getVersion(), Publication.NAMED));
        ExperienceSheet named = partner.call(() -> capitalisation.sheet(sheet.getId()));
        assertEquals("Mme Benali " + tag, named.getSignature(), "signed with the holder's name, as they chose");
        assertFalse(staff.call(() -> capitalisation.undecided(Platform.LENS_LIEVIN, 0, 100)).getItems().stream()
                .anyMatch(s -> s.getId().equals(sheet.getId())));
    }

    @Test
    void theAnonymousPublicReadsOnlyTheSheetsOpenedToEveryone() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        ExperienceSheet forNetwork = closedSheet("Jardin des Provinces " + tag, "Mme Roussel " + tag);
        ExperienceSheet forEveryone = closedSheet("Repair café " + tag, "M. Fontaine " + tag);
        ExperienceSheet anonymous = closedSheet("Ludothèque mobile " + tag, "Mme Caron " + tag);
        coordinator.run(() -> capitalisation.recordDecision(forNetwork.getId(), forNetwork.getVersion(),
                Publication.NAMED));
        coordinator.run(() -> capitalisation.recordDecision(forEveryone.getId(), forEveryone.getVersion(),
                Publication.PUBLIC_NAMED));
        coordinator.run(() -> capitalisation.recordDecision(anonymous.getId(), anonymous.getVersion(),
                Publication.PUBLIC_ANONYMOUS));

        List<ExperienceSheet> publicLibrary = capitalisation.library(new LibraryFilter(Platform.LENS_LIEVIN, null,
                LIEVIN, false), 0, 100).getItems();
        List<Long> seen = publicLibrary.stream().map(ExperienceSheet::getId).toList();
        assertTrue(seen.contains(forEveryone.getId()) && seen.contains(anonymous.getId()), "opened to everyone");
        assertFalse(seen.contains(forNetwork.getId()), "published for the network only: not for the public, even "
                + "when the caller asks for the whole library");
        assertTrue(library(null, LIEVIN).containsAll(List.of(forNetwork.getId(), forEveryone.getId())),
                "the network reads both");
        assertEquals("M. Fontaine " + tag, capitalisation.sheet(forEveryone.getId()).getSignature());
        ExperienceSheet unsigned = capitalisation.sheet(anonymous.getId());
        assertEquals(null, unsigned.getSignature());
        assertFalse(unsigned.getSummary().contains("Mme Caron"), "the name blotted out of its texts");
        BusinessException hidden = assertThrows(BusinessException.class,
                () -> capitalisation.sheet(forNetwork.getId()));
        assertEquals("Cette fiche d’expérience n’existe pas ou n’est pas publiée.", hidden.getMessage());
    }

    @Test
    void theLibrarysPageShowsASheetAsSoonAsItsHolderPublishesIt() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        ExperienceSheet named = closedSheet("Atelier vélo " + tag, "M. Lefebvre " + tag);
        ExperienceSheet anonymous = closedSheet("Boîte à livres " + tag, "Mme Dupuis " + tag);
        LibraryFilter social = new LibraryFilter(Platform.LENS_LIEVIN, Field.SOCIAL, LIEVIN);
        assertTrue(partner.call(() -> capitalisation.libraryPage(social, 0, 100)).getItems().stream()
                .noneMatch(card -> card.getTitle().endsWith(tag)), "not published before its holder decides");
        assertTrue(capitalisation.libraryPage(social, 0, 100).getItems().stream()
                .noneMatch(card -> card.getTitle().endsWith(tag)));

        coordinator.run(() -> capitalisation.recordDecision(named.getId(), named.getVersion(), Publication.NAMED));
        coordinator.run(() -> capitalisation.recordDecision(anonymous.getId(), anonymous.getVersion(),
                Publication.PUBLIC_ANONYMOUS));

        Page<SheetSummary> network = partner.call(() -> capitalisation.libraryPage(social, 0, 100));
        SheetSummary card = network.getItems().stream().filter(shown -> shown.getId() == named.getId()).findFirst()
                .orElseThrow(() -> new AssertionError("the network reads the sheet as soon as it is published"));
        assertEquals("Atelier vélo " + tag, card.getTitle());
        assertEquals("Liévin", card.getCommuneName());
        assertEquals(List.of(Field.SOCIAL), card.getFields());
        assertEquals(ProjectState.REORIENTED, card.getOutcome());
        assertEquals("M. Lefebvre " + tag, card.getSignature(), "signed, as its holder chose");
        assertEquals(network.getItems().size(), network.getTotal(), "every sheet of the filter on one page, counted");
        List<SheetSummary> forEveryone = capitalisation.libraryPage(social, 0, 100).getItems();
        assertTrue(forEveryone.stream().noneMatch(shown -> shown.getId() == named.getId()),
                "published for the network only");
        SheetSummary unsigned = forEveryone.stream().filter(shown -> shown.getId() == anonymous.getId()).findFirst()
                .orElseThrow(() -> new AssertionError("opened to everyone"));
        assertEquals(null, unsigned.getSignature());
        assertFalse(unsigned.getSummary().contains("Mme Dupuis"), "the name blotted out of its texts");
    }

    /** A realised project of Liévin whose holder's name is in its idea, and its drafted sheet. */
    private ExperienceSheet closedSheet(String title, String holder) {
        Project project = coordinator.call(() -> projects.registerOnBehalf(Platform.LENS_LIEVIN,
                new IdeaSubmission(HolderKind.INHABITANTS, holder, null, null, "06 21 22 23 24", title,
                        holder + " propose " + title + ".", "Créer du lien.", Set.of(Field.SOCIAL), LIEVIN, null,
                        null, Set.of(Need.VOLUNTEERS), true)));
        coordinator.run(() -> projects.changeState(project.getId(), project.getVersion(), ProjectState.REORIENTED,
                "Vers le centre social"));
        ExperienceSheet sheet = coordinator.call(() -> capitalisation.sheetOfProject(project.getId()));
        return coordinator.call(() -> capitalisation.complete(sheet.getId(), sheet.getVersion(), sheet.getTitle(),
                holder + " a porté ce projet avec ses voisins.", sheet.getJourney(), null, null));
    }

    @Test
    void aProjectClosedBeforeSheetsExistedGetsItsSheetWhenTheTeamFirstOpensIt() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Project project = coordinator.call(() -> projects.registerOnBehalf(Platform.LENS_LIEVIN,
                idea("Fête de quartier " + tag, "Le comité " + tag, "fete-" + tag + "@example.org")));
        coordinator.run(() -> projects.changeState(project.getId(), project.getVersion(), ProjectState.ABANDONED,
                "Plus de bénévoles"));
        javax.sql.DataSource data = javax.naming.InitialContext.doLookup("java:jboss/datasources/FabrikDS");
        try (java.sql.Connection connection = data.getConnection(); java.sql.PreparedStatement delete =
                connection.prepareStatement("DELETE FROM experience_sheets WHERE project_id = ?")) {
            delete.setLong(1, project.getId());
            assertEquals(1, delete.executeUpdate(), "as if the project had closed before this version");
        }
        assertThrows(BusinessException.class, () -> partner.call(() -> capitalisation.sheetOfProject(
                project.getId())), "a partner neither reads nor drafts it");
        ExperienceSheet drafted = staff.call(() -> capitalisation.sheetOfProject(project.getId()));
        assertEquals(ProjectState.ABANDONED, drafted.getOutcome());
        assertTrue(drafted.getJourney().contains("Abandonné le") && drafted.getJourney().contains("Plus de bénévoles"),
                drafted.getJourney());
    }

    private List<Long> library(Field theme, String commune) {
        return partner.call(() -> capitalisation.library(new LibraryFilter(Platform.LENS_LIEVIN, theme, commune), 0,
                100)).getItems().stream().map(ExperienceSheet::getId).toList();
    }

    private void move(long id, ProjectState target, AsCoordinator who) {
        who.run(() -> {
            Project current = projects.getProject(id);
            projects.changeState(id, current.getVersion(), target, null);
        });
    }

    private Session session(Month month) {
        if (calendar.sessionsOfYear(Platform.LENS_LIEVIN, YEAR).isEmpty()) {
            coordinator.run(() -> calendar.generateYear(Platform.LENS_LIEVIN, YEAR));
        }
        return calendar.sessionsOfYear(Platform.LENS_LIEVIN, YEAR).stream()
                .filter(s -> s.getDate().getMonth() == month).findFirst().orElseThrow();
    }

    private long organisation(String shortName) {
        return staff.call(() -> referenceData.network(Platform.LENS_LIEVIN, 0, 100)).stream()
                .filter(o -> o.getShortName().equals(shortName)).findFirst().orElseThrow().getId();
    }

    private static String token(String body) {
        Matcher matcher = TOKEN.matcher(body);
        assertTrue(matcher.find(), body);
        return matcher.group(1);
    }

    private static IdeaSubmission idea(String title, String holder, String email) {
        return new IdeaSubmission(HolderKind.INFORMAL_GROUP, holder, null, email, null, title,
                "Raconter des contes dans une yourte.", "Faire venir les familles.", Set.of(Field.CULTURE), LIEVIN,
                null, null, Set.of(Need.FUNDING), true);
    }
}
