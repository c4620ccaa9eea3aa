package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fabrikaprojets.application.AuditService;
import fr.fabrikaprojets.application.CommuneChoice;
import fr.fabrikaprojets.application.DirectoryService;
import fr.fabrikaprojets.application.ExportFormat;
import fr.fabrikaprojets.application.IdeaSubmission;
import fr.fabrikaprojets.application.PlatformMember;
import fr.fabrikaprojets.application.PlatformService;
import fr.fabrikaprojets.application.ProjectService;
import fr.fabrikaprojets.application.ReferenceDataService;
import fr.fabrikaprojets.application.SessionCalendarService;
import fr.fabrikaprojets.application.StatisticsService;
import fr.fabrikaprojets.application.TempsFortsService;
import fr.fabrikaprojets.application.statistics.StatisticsFilter;
import fr.fabrikaprojets.domain.model.audit.AuditFilter;
import fr.fabrikaprojets.domain.model.event.Audience;
import fr.fabrikaprojets.domain.model.event.Cycle;
import fr.fabrikaprojets.domain.model.event.EventDetails;
import fr.fabrikaprojets.domain.model.event.EventKind;
import fr.fabrikaprojets.domain.model.event.PublicEvent;
import fr.fabrikaprojets.domain.model.organisation.DirectoryFilter;
import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.model.organisation.OrganisationKind;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.project.HolderKind;
import fr.fabrikaprojets.domain.model.project.Need;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.project.ProjectFilter;
import fr.fabrikaprojets.domain.model.session.Session;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Several platforms in one deployment, inside WildFly: an admin adds a territory with its communes and members; its
 * coordinator works on it and on nothing else; Lens-Liévin's team never reads its projects, network or figures, nor
 * the other way round; what is public stays public on both.
 */
@ExtendWith(ArquillianExtension.class)
class TerritoriesIT {

    /** The principal of {@link AsArrasCoordinator}. */
    private static final String ARRAS_COORDINATOR = "animatrice-arras";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEarTesting(TerritoriesIT.class, Http.class, AsAdmin.class, AsCoordinator.class,
                AsStaff.class, AsArrasCoordinator.class);
    }

    @Inject
    PlatformService platforms;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    ProjectService projects;

    @Inject
    DirectoryService directory;

    @Inject
    StatisticsService statistics;

    @Inject
    SessionCalendarService calendar;

    @Inject
    AuditService audit;

    @Inject
    TempsFortsService tempsForts;

    @Inject
    AsAdmin admin;

    @Inject
    AsCoordinator lensCoordinator;

    @Inject
    AsStaff lensStaff;

    @Inject
    AsArrasCoordinator arrasCoordinator;

    /** One Corsican code after the other from a random start: two tests drawing the same code collided (seen once). */
    private static final AtomicInteger NEXT_COMMUNE = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000));

    private String arras;
    private String commune;
    private String name;

    /**
     * A territory of its own for each test, made by the admin as on {@code admin/plateformes.xhtml}: its coordinator
     * is a member of it only (a new account first joins the default platform, which the admin takes away).
     */
    @BeforeEach
    void anAdminAddsATerritory() {
        arras = "arras-" + UUID.randomUUID().toString().substring(0, 8);
        // A Corsican code: never one of the Pas-de-Calais communes of Lens-Liévin.
        name = "Arras " + arras.substring(6);
        commune = "2A" + String.format("%03d", NEXT_COMMUNE.getAndIncrement() % 1000);
        admin.run(() -> {
            platforms.createPlatform(arras, name);
            platforms.addCommune(arras, commune, "Commune " + commune, "62000", 41_000);
            referenceData.registerAccount(ARRAS_COORDINATOR, "Animatrice d'Arras", null, "fabrik-test".toCharArray(),
                    Set.of("coordinator"));
            platforms.grantMembership(ARRAS_COORDINATOR, arras);
            platforms.revokeMembership(ARRAS_COORDINATOR, Platform.LENS_LIEVIN);
        });
    }

    /** The lists' filters keep a platform's communes: a commune added is offered at once all the same. */
    @Test
    void aCommuneAddedToTheTerritoryIsOfferedAtOnceByTheListsFilters() {
        assertEquals(List.of(commune), referenceData.communeChoices(arras).stream()
                .map(CommuneChoice::getInseeCode).toList());
        String added = "2B" + String.format("%03d", NEXT_COMMUNE.getAndIncrement() % 1000);
        admin.run(() -> platforms.addCommune(arras, added, "Aaa " + added, "62000", 900));
        assertEquals(List.of(added, commune), referenceData.communeChoices(arras).stream()
                .map(CommuneChoice::getInseeCode).toList(), "by name, the new one first");
        assertEquals("Aaa " + added, referenceData.communeChoices(arras).get(0).getName());
    }

    @Test
    void theAdminSeesTheNewPlatformItsCommuneAndItsMemberAndEveryChangeIsAudited() {
        assertTrue(platforms.platforms().stream().anyMatch(p -> p.getCode().equals(arras)), "listed for everyone");
        assertEquals(List.of(commune), referenceData.communes(arras).stream().map(c -> c.getInseeCode()).toList());
        List<PlatformMember> members = admin.call(() -> platforms.members(arras));
        assertEquals(List.of(ARRAS_COORDINATOR), members.stream().map(PlatformMember::getUsername).toList());
        assertTrue(admin.call(() -> platforms.members(Platform.LENS_LIEVIN)).stream()
                .noneMatch(member -> member.getUsername().equals(ARRAS_COORDINATOR)), "revoked from Lens-Liévin");
        Set<String> arrasOnly = arrasCoordinator.call(platforms::myPlatforms);
        assertTrue(arrasOnly.contains(arras) && !arrasOnly.contains(Platform.LENS_LIEVIN), arrasOnly.toString());
        assertEquals(Set.of(Platform.LENS_LIEVIN), lensCoordinator.call(platforms::myPlatforms),
                "someone without an account works on the default platform");
        assertTrue(admin.call(platforms::myPlatforms).containsAll(Set.of(arras, Platform.LENS_LIEVIN)));

        List<String> actions = admin.call(() -> audit.entries(new AuditFilter("Platform", arras, null, null, null),
                0, 20)).getItems().stream().map(entry -> entry.getAction()).toList();
        assertEquals(Set.of("platform.created", "platform.commune.added"), Set.copyOf(actions));
        List<String> grants = admin.call(() -> audit.entries(new AuditFilter("UserAccount", null, "test-admin", null,
                null), 0, 20)).getItems().stream().map(entry -> entry.getDescription()).toList();
        assertTrue(grants.stream().anyMatch(text -> text.contains(ARRAS_COORDINATOR) && text.contains(name)),
                grants.toString());
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndChangesNothing() {
        int before = platforms.platforms().size();
        assertMessage(BusinessException.Kind.INVALID, "minuscules",
                () -> admin.call(() -> platforms.createPlatform("Arras Ville", "Arras")));
        assertMessage(BusinessException.Kind.CONFLICT, "existe déjà",
                () -> admin.call(() -> platforms.createPlatform(arras, "Encore Arras")));
        assertMessage(BusinessException.Kind.INVALID, "2 à 120",
                () -> admin.call(() -> platforms.createPlatform("henin-" + arras.substring(6), " ")));
        assertEquals(before, platforms.platforms().size());
        assertMessage(BusinessException.Kind.CONFLICT, "Lens-Liévin",
                () -> admin.call(() -> platforms.addCommune(arras, "62498", "Lens", "62300", 31_000)));
        assertMessage(BusinessException.Kind.INVALID, "INSEE",
                () -> admin.call(() -> platforms.addCommune(arras, "6204", "Arras", "62000", 41_000)));
        assertMessage(BusinessException.Kind.NOT_FOUND, "n’existe pas",
                () -> admin.call(() -> {
                    platforms.grantMembership("personne-inconnue", arras);
                    return null;
                }));
        assertEquals(1, referenceData.communes(arras).size());
        assertEquals("Lens", referenceData.communes(Platform.LENS_LIEVIN).stream()
                .filter(c -> c.getInseeCode().equals("62498")).findFirst().orElseThrow().getName());
    }

    @Test
    void eachPlatformsTeamWorksOnItsOwnProjectsOnly() {
        Project inArras = arrasCoordinator.call(() -> projects.registerOnBehalf(arras, idea(commune)));
        Project inLens = lensCoordinator.call(() -> projects.registerOnBehalf(Platform.LENS_LIEVIN, idea("62498")));

        assertEquals(inArras.getId(), arrasCoordinator.call(() -> projects.getProject(inArras.getId())).getId());
        assertEquals(1, arrasCoordinator.call(() -> projects.projects(filter(arras), 0, 10)).getTotal());

        assertMessage(BusinessException.Kind.NOT_FOUND, "n’existe pas",
                () -> lensCoordinator.call(() -> projects.getProject(inArras.getId())));
        assertMessage(BusinessException.Kind.NOT_FOUND, "n’existe pas",
                () -> lensStaff.call(() -> projects.getProject(inArras.getId())));
        assertMessage(BusinessException.Kind.FORBIDDEN, "pas membre",
                () -> lensCoordinator.call(() -> projects.projects(filter(arras), 0, 10)));
        assertMessage(BusinessException.Kind.FORBIDDEN, "pas membre",
                () -> lensStaff.call(() -> projects.export(filter(arras), ExportFormat.CSV)));

        assertMessage(BusinessException.Kind.NOT_FOUND, "n’existe pas",
                () -> arrasCoordinator.call(() -> projects.getProject(inLens.getId())));
        assertMessage(BusinessException.Kind.FORBIDDEN, "pas membre",
                () -> arrasCoordinator.call(() -> projects.projects(filter(Platform.LENS_LIEVIN), 0, 10)));
        assertMessage(BusinessException.Kind.FORBIDDEN, "pas membre",
                () -> arrasCoordinator.call(() -> projects.registerOnBehalf(Platform.LENS_LIEVIN, idea("62498"))));

        assertEquals(inArras.getId(), admin.call(() -> projects.getProject(inArras.getId())).getId());
        assertEquals(inLens.getId(), admin.call(() -> projects.getProject(inLens.getId())).getId());
    }

    @Test
    void theNetworkAndTheFiguresOfAPlatformAreForItsMembers() {
        Organisation centre = admin.call(() -> referenceData.registerFoundingPartner(arras, "CS Arras",
                "Centre social d'Arras", OrganisationKind.SOCIAL_CENTRE, null, LocalDate.of(2026, 1, 1)));
        assertEquals("CS Arras", arrasCoordinator.call(() -> directory.organisation(centre.getId())).getShortName());
        assertEquals(1, arrasCoordinator.call(() -> directory.organisations(
                new DirectoryFilter(arras, null, null, null, null), 0, 10)).getTotal());
        assertMessage(BusinessException.Kind.NOT_FOUND, "n’existe pas",
                () -> lensCoordinator.call(() -> directory.organisation(centre.getId())));
        assertEquals("CS Arras", arrasCoordinator.call(() -> directory.organisationPage(centre.getId(), 0, 20))
                .getShortName());
        assertMessage(BusinessException.Kind.NOT_FOUND, "n’existe pas", () -> lensCoordinator.call(
                () -> directory.organisationPage(centre.getId(), 0, 20)), "its page, kept for its readers, is not");
        assertMessage(BusinessException.Kind.FORBIDDEN, "pas membre", () -> lensStaff.call(() ->
                directory.organisations(new DirectoryFilter(arras, null, null, null, null), 0, 10)));
        assertMessage(BusinessException.Kind.FORBIDDEN, "pas membre", () -> arrasCoordinator.call(() ->
                directory.organisations(new DirectoryFilter(Platform.LENS_LIEVIN, null, null, null, null), 0, 10)));

        int year = LocalDate.now().getYear();
        assertMessage(BusinessException.Kind.FORBIDDEN, "pas membre",
                () -> lensStaff.call(() -> statistics.activity(new StatisticsFilter(arras, year, null, null))));
        assertMessage(BusinessException.Kind.FORBIDDEN, "pas membre",
                () -> arrasCoordinator.call(() -> statistics.years(Platform.LENS_LIEVIN)));
        assertEquals(0, arrasCoordinator.call(() -> statistics.activity(new StatisticsFilter(arras, year, null,
                null))).getOriented());
    }

    @Test
    void eachCoordinatorPlansTheirOwnSessionsAndTheCalendarsArePublic() {
        List<Session> planned = arrasCoordinator.call(() -> calendar.generateYear(arras, 2027));
        assertEquals(12, planned.size());
        assertMessage(BusinessException.Kind.FORBIDDEN, "pas membre",
                () -> lensCoordinator.call(() -> calendar.generateYear(arras, 2028)));
        Session first = planned.get(0);
        assertMessage(BusinessException.Kind.FORBIDDEN, "pas membre",
                () -> lensCoordinator.call(() -> calendar.confirmSession(first.getId(), first.getVersion())));
        assertEquals(12, calendar.sessionsOfYear(arras, 2027).size(), "the public reads every platform's calendar");
        // The intranet of the second territory frames its own widget; Lens-Liévin's next session is this year's.
        String framed = new Http().get("/widgets/prochaine-reunion.xhtml?plateforme=" + arras).body();
        assertTrue(framed.contains("janvier 2027"), framed);
        assertFalse(new Http().get("/widgets/prochaine-reunion.xhtml").body().contains("janvier 2027"));
        assertTrue(calendar.sessionsOfYear(arras, 2028).isEmpty(), "the refused call planned nothing");
    }

    @Test
    void aCoordinatorPlansEventsInTheirOwnTerritoryOnly() {
        Organisation centre = admin.call(() -> referenceData.registerFoundingPartner(arras, "CS " + arras,
                "Centre social d'Arras", OrganisationKind.SOCIAL_CENTRE, null, LocalDate.of(2026, 1, 1)));
        Cycle cycle = arrasCoordinator.call(() -> tempsForts.createCycle(arras, "Le jardin", "Trois ateliers.",
                Set.of(centre.getId())));
        EventDetails visio = new EventDetails(EventKind.WORKSHOP, "Atelier", null, LocalDate.now().plusMonths(1),
                LocalTime.of(18, 0), LocalTime.of(20, 0), null, null, null, "https://visio.example.org/arras", null,
                20, Audience.NETWORK);
        assertMessage(BusinessException.Kind.NOT_FOUND, "n’existe pas",
                () -> lensCoordinator.call(() -> tempsForts.planEvent(cycle.getId(), visio)));
        PublicEvent workshop = arrasCoordinator.call(() -> tempsForts.planEvent(cycle.getId(), visio));
        assertMessage(BusinessException.Kind.NOT_FOUND, "n’existe pas",
                () -> lensCoordinator.call(() -> tempsForts.cancelEvent(workshop.getId(), workshop.getVersion())));
        assertMessage(BusinessException.Kind.NOT_FOUND, "n’existe pas",
                () -> lensStaff.call(() -> tempsForts.event(workshop.getId())), "reserved to Arras's network");
        assertEquals(workshop.getId(), arrasCoordinator.call(() -> tempsForts.event(workshop.getId())).getId());
    }

    @Test
    void aRevokedMemberLosesThePlatformAtOnce() {
        arrasCoordinator.call(() -> projects.projects(filter(arras), 0, 10));
        admin.run(() -> platforms.revokeMembership(ARRAS_COORDINATOR, arras));
        assertFalse(arrasCoordinator.call(platforms::myPlatforms).contains(arras));
        assertMessage(BusinessException.Kind.FORBIDDEN, "pas membre",
                () -> arrasCoordinator.call(() -> projects.projects(filter(arras), 0, 10)));
    }

    private static ProjectFilter filter(String platform) {
        return new ProjectFilter(platform, null, null, null);
    }

    private static IdeaSubmission idea(String inseeCode) {
        return new IdeaSubmission(HolderKind.INFORMAL_GROUP, "Les voisins " + UUID.randomUUID().toString()
                .substring(0, 6), "Mme Martin", "martin@example.org", null, "Un jardin partagé " + inseeCode,
                "Cultiver ensemble un terrain en friche.", "Pour les familles du quartier.",
                Set.of(Field.ENVIRONMENT), inseeCode, "Centre", "Chantiers le samedi.", Set.of(Need.PREMISES), true);
    }

    private static void assertMessage(BusinessException.Kind kind, String part, Supplier<?> call) {
        assertMessage(kind, part, call, null);
    }

    private static void assertMessage(BusinessException.Kind kind, String part, Supplier<?> call, String why) {
        BusinessException refused = assertThrows(BusinessException.class, call::get, why);
        assertEquals(kind, refused.getKind(), refused.getMessage());
        assertTrue(refused.getMessage().contains(part), refused.getMessage());
    }
}
