package fr.fabrikaprojets.infrastructure.startup;

import fr.fabrikaprojets.domain.shared.Settings;
import fr.fabrikaprojets.application.AdviceService;
import fr.fabrikaprojets.application.CapitalisationService;
import fr.fabrikaprojets.application.DirectoryService;
import fr.fabrikaprojets.application.IdeaSubmission;
import fr.fabrikaprojets.application.OrientationService;
import fr.fabrikaprojets.application.PersonEntry;
import fr.fabrikaprojets.application.PresentationService;
import fr.fabrikaprojets.application.ProjectService;
import fr.fabrikaprojets.application.ReferenceDataService;
import fr.fabrikaprojets.application.ResourceService;
import fr.fabrikaprojets.application.SessionCalendarService;
import fr.fabrikaprojets.application.SessionEdit;
import fr.fabrikaprojets.application.TempsFortsService;
import fr.fabrikaprojets.domain.model.capitalisation.ExperienceSheet;
import fr.fabrikaprojets.domain.model.capitalisation.LibraryFilter;
import fr.fabrikaprojets.domain.model.capitalisation.Publication;
import fr.fabrikaprojets.domain.model.commune.Commune;
import fr.fabrikaprojets.domain.model.event.Audience;
import fr.fabrikaprojets.domain.model.event.Cycle;
import fr.fabrikaprojets.domain.model.event.EventDetails;
import fr.fabrikaprojets.domain.model.event.EventKind;
import fr.fabrikaprojets.domain.model.event.PublicEvent;
import fr.fabrikaprojets.domain.model.organisation.Offer;
import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.model.organisation.OrganisationProfile;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.project.HolderKind;
import fr.fabrikaprojets.domain.model.project.Need;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.project.ProjectFilter;
import fr.fabrikaprojets.domain.model.project.ProjectState;
import fr.fabrikaprojets.domain.model.resource.ResourceDetails;
import fr.fabrikaprojets.domain.model.resource.ResourceKind;
import fr.fabrikaprojets.domain.model.session.Session;
import fr.fabrikaprojets.domain.model.session.SessionMode;
import fr.fabrikaprojets.domain.model.session.SessionStatus;
import fr.fabrikaprojets.domain.shared.BusinessException;
import fr.fabrikaprojets.domain.shared.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Demo data, only when the server runs with {@code -Dfabrik.demo=true} (the README's start command and the tests):
 * one account per role, the flyer's 2021 calendar as it was printed, this year's and next year's calendars, and a
 * few projects at different stages.
 * Idempotent: each step checks the very thing it creates.
 */
@Startup
@Singleton
@DependsOn("ReferenceDataLoader")
@RunAs(Roles.ADMIN)
@RunAsPrincipal("demo")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    /** The password of every demo account; listed in the README, never used outside demo mode. */
    static final String DEMO_PASSWORD = "fabrik";

    /** Demo accounts: username, display name, role. */
    static final List<String[]> ACCOUNTS = List.of(
            new String[] {"animatrice", "Camille Animatrice", Roles.COORDINATOR},
            new String[] {"agent", "Dominique Agent (CAF)", Roles.STAFF},
            new String[] {"partenaire", "Sacha Partenaire (Centre social)", Roles.PARTNER},
            new String[] {"admin", "Alex Administrateur", Roles.ADMIN});

    private static final String GARDEN = "Jardin partagé de la cité 9";
    private static final String KITCHEN = "Cuisine partagée des familles";

    @EJB
    private ReferenceDataService referenceData;

    @EJB
    private SessionCalendarService calendar;

    @EJB
    private ProjectService projects;

    @EJB
    private PresentationService presentations;

    @EJB
    private AdviceService advice;

    @EJB
    private OrientationService orientations;

    @EJB
    private DirectoryService directory;

    @EJB
    private ResourceService resources;

    @EJB
    private CapitalisationService capitalisation;

    @EJB
    private TempsFortsService tempsForts;

    @PostConstruct
    void load() {
        if (!Settings.flag("fabrik.demo")) {
            return;
        }
        for (String[] account : ACCOUNTS) {
            referenceData.registerAccount(account[0], account[1], account[0] + "@demo.fabrik.invalid",
                    DEMO_PASSWORD.toCharArray(), Set.of(account[2]));
        }
        referenceData.joinOrganisation("agent", Platform.LENS_LIEVIN, "CAF");
        referenceData.joinOrganisation("partenaire", Platform.LENS_LIEVIN,
                "Fédération des Centres Sociaux du Pas-de-Calais");
        if (calendar.findYear(Platform.LENS_LIEVIN, 2021).isEmpty()) {
            flyerCalendar2021();
        }
        int thisYear = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
        for (int year = thisYear; year <= thisYear + 1; year++) {
            if (calendar.findYear(Platform.LENS_LIEVIN, year).isEmpty()) {
                calendar.removeMonth(Platform.LENS_LIEVIN, year, Month.AUGUST);
                calendar.generateYear(Platform.LENS_LIEVIN, year).stream()
                        .filter(session -> session.getDate().getMonth() == Month.DECEMBER
                                && session.getDate().getDayOfMonth() > 20)
                        .forEach(this::beforeChristmas);
            }
        }
        if (projects.projects(new ProjectFilter(Platform.LENS_LIEVIN, null, null, null), 0, 1).getTotal() == 0) {
            demoProjects();
        }
        accompanimentOnce();
        networkOnce();
        capitalisationOnce();
        tempsFortsOnce();
        LOG.info("Données de démonstration prêtes (comptes : animatrice, agent, partenaire, admin).");
    }

    /** A few ideas like those of the flyer ("jardins partagés, ateliers créatifs et culinaires, théâtre, contes en yourte"). */
    private void demoProjects() {
        record(GARDEN, "62510", HolderKind.INFORMAL_GROUP, "Les voisins de la cité 9",
                Field.ENVIRONMENT, Need.PREMISES, ProjectState.TO_PRESENT);
        record(KITCHEN, "62498", HolderKind.ASSOCIATION, "Association Saveurs partagées",
                Field.CULTURE, Need.EQUIPMENT, ProjectState.ACCOMPANIED);
        record("Théâtre d'improvisation pour ados", "62065", HolderKind.INHABITANTS, "Mme Leroy et M. Kaci",
                Field.CULTURE, Need.VOLUNTEERS, null);
        record("Contes en yourte", "62413", HolderKind.ASSOCIATION, "Les Conteurs du Bassin", Field.EDUCATION,
                Need.FUNDING, ProjectState.TO_PRESENT);
    }

    /** Demo databases made before the accompaniment existed get it too: seeded when the garden has no advice yet. */
    private void accompanimentOnce() {
        List<Project> demo = projects.projects(new ProjectFilter(Platform.LENS_LIEVIN, null, null, null), 0, 100)
                .getItems();
        Project garden = firstWithTitle(demo, GARDEN);
        Project kitchen = firstWithTitle(demo, KITCHEN);
        if (garden != null && kitchen != null && advice.ofProject(garden.getId()).isEmpty()) {
            try {
                accompaniment(garden, kitchen);
            } catch (BusinessException refused) {
                LOG.warning("Accompagnement de démonstration incomplet : " + refused.getMessage());
            }
        }
    }

    /**
     * The network's demo: what the CAF and the federation of social centres cover and offer, a room and a funding
     * programme to book, two people. Seeded once, when the federation has no theme yet.
     */
    private void networkOnce() {
        List<Organisation> partners = referenceData.network(Platform.LENS_LIEVIN, 0, 100);
        Organisation caf = partners.stream().filter(o -> o.getShortName().equals("CAF")).findFirst().orElse(null);
        Organisation federation = partners.stream()
                .filter(o -> o.getShortName().startsWith("Fédération des Centres Sociaux")).findFirst().orElse(null);
        if (caf == null || federation == null || !directory.organisation(federation.getId()).getThemes().isEmpty()) {
            return;
        }
        try {
            directory.updateOrganisation(caf.getId(), caf.getVersion(), new OrganisationProfile(caf.getShortName(),
                    caf.getFullName(), caf.getKind(), caf.getSiren(), "11 rue de la Paix, 62300 Lens", null,
                    "03 21 00 00 00", true, Set.of(), Set.of(Field.SOCIAL, Field.EDUCATION, Field.SOLIDARITY_ECONOMY),
                    Set.of(Offer.FUNDING, Offer.ADVICE), caf.getSignatorySince()));
            directory.updateOrganisation(federation.getId(), federation.getVersion(), new OrganisationProfile(
                    federation.getShortName(), federation.getFullName(), federation.getKind(), federation.getSiren(),
                    null, "contact@federation-cs62.invalid", null, false, Set.of("62498", "62510", "62413"),
                    Set.of(Field.SOCIAL, Field.CULTURE, Field.ENVIRONMENT),
                    Set.of(Offer.PREMISES, Offer.EQUIPMENT, Offer.VOLUNTEERS), federation.getSignatorySince()));
            directory.addMember(federation.getId(), new PersonEntry("Sacha Partenaire", "partenaire@demo.fabrik.invalid",
                    null, "Chargée de développement"));
            directory.addMember(caf.getId(), new PersonEntry("Dominique Agent", "agent@demo.fabrik.invalid", null,
                    "Conseillère territoriale"));
            resources.offer(federation.getId(), new ResourceDetails(ResourceKind.ROOM, "Salle polyvalente du centre "
                    + "social", "Une salle de 60 m² avec cuisine attenante, chaises et tables.", "62498", 40, true,
                    null, null, null, null));
            resources.offer(caf.getId(), new ResourceDetails(ResourceKind.FUNDING, "Fonds d'initiatives des habitants",
                    "Une aide au démarrage des projets collectifs d'habitants.", null, null, false, 300, 3000,
                    LocalDate.now(ZoneId.of("Europe/Paris")).plusMonths(3),
                    "Groupes d'habitants et petites associations du territoire, pour un projet collectif."));
        } catch (BusinessException refused) {
            LOG.warning("Réseau de démonstration incomplet : " + refused.getMessage());
        }
    }

    /**
     * The library's demo: a realised choir whose holders completed its experience sheet and chose to publish it
     * under their name. Seeded once, when the library is empty.
     */
    private void capitalisationOnce() {
        if (capitalisation.library(new LibraryFilter(Platform.LENS_LIEVIN, null, null), 0, 1).getTotal() > 0) {
            return;
        }
        try {
            Project choir = record("Chorale intergénérationnelle", "62510", HolderKind.ASSOCIATION,
                    "Les Voix de la cité 9", Field.CULTURE, Need.VOLUNTEERS, ProjectState.ACCOMPANIED);
            projects.changeState(choir.getId(), choir.getVersion(), ProjectState.REALISED, null);
            ExperienceSheet sheet = capitalisation.sheetOfProject(choir.getId());
            sheet = capitalisation.complete(sheet.getId(), sheet.getVersion(), sheet.getTitle(), sheet.getSummary(),
                    sheet.getJourney(), "Les répétitions au centre social le mercredi, entre la sortie de l’école et le "
                            + "repas : grands-parents et enfants venaient ensemble.",
                    "Trouver un chef de chœur bénévole a pris six mois ; les partitions ont coûté plus que prévu.");
            capitalisation.recordDecision(sheet.getId(), sheet.getVersion(), Publication.NAMED);
        } catch (BusinessException refused) {
            LOG.warning("Bibliothèque de démonstration incomplète : " + refused.getMessage());
        }
    }

    /**
     * The flyer's two temps forts, each with coming events: a conference and a partners' workshop on school dropout,
     * a screening on the inclusion of exiles. Seeded once, when there is no cycle yet.
     */
    private void tempsFortsOnce() {
        if (!tempsForts.cycles(Platform.LENS_LIEVIN).isEmpty()) {
            return;
        }
        Map<String, Long> partners = referenceData.network(Platform.LENS_LIEVIN, 0, 100).stream()
                .collect(Collectors.toMap(Organisation::getShortName, Organisation::getId, (a, b) -> a));
        Map<String, Commune> communes = referenceData.communes(Platform.LENS_LIEVIN).stream()
                .collect(Collectors.toMap(Commune::getInseeCode, c -> c));
        LocalDate thursday = LocalDate.now(ZoneId.of("Europe/Paris"))
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        try {
            Cycle dropout = tempsForts.createCycle(Platform.LENS_LIEVIN, "Le décrochage scolaire",
                    "Trois rendez-vous pour comprendre pourquoi des jeunes quittent l’école et ce que les parents, "
                            + "les associations et les institutions du territoire peuvent faire ensemble.",
                    named(partners, "CAF"));
            tempsForts.planEvent(dropout.getId(), new EventDetails(EventKind.CONFERENCE,
                    "Quand l’école décroche : comprendre pour agir", "Une sociologue de l’éducation et des "
                            + "parents témoignent, puis la salle échange avec eux.", thursday.plusWeeks(3),
                    LocalTime.of(18, 0), LocalTime.of(20, 0), communes.get("62498"), "Médiathèque Robert-Cousin",
                    null, null, "Une sociologue de l’éducation ; l’association des parents d’élèves", 80,
                    Audience.PUBLIC));
            tempsForts.planEvent(dropout.getId(), new EventDetails(EventKind.WORKSHOP,
                    "Repérer tôt : atelier des partenaires", "Les partenaires partagent leurs pratiques de "
                            + "repérage et d’orientation.", thursday.plusWeeks(5).plusDays(1), LocalTime.of(9, 30),
                    LocalTime.of(12, 0), null, null, null, "https://visio.example.org/fabrik-reperer", null, 30,
                    Audience.NETWORK));
            PublicEvent opening = tempsForts.planEvent(dropout.getId(), new EventDetails(EventKind.VISIT,
                    "Visite du collège Jean-Zay et de son dispositif relais", "Les enseignants du dispositif relais "
                            + "présentent leur travail avec les élèves qui décrochent.", thursday.minusWeeks(3),
                    LocalTime.of(14, 0), LocalTime.of(16, 0), communes.get("62498"), "Collège Jean-Zay", null, null,
                    "L’équipe du dispositif relais", 20, Audience.PUBLIC));
            tempsForts.recordHeld(opening.getId(), tempsForts.event(opening.getId()).getVersion(), Set.of(),
                    "Quinze personnes ont découvert le dispositif relais : des classes de huit élèves, un emploi du "
                            + "temps aménagé et un lien quotidien avec les familles. Les parents présents ont "
                            + "demandé un atelier sur le dialogue avec l’école, prévu au printemps.");
            Cycle exile = tempsForts.createCycle(Platform.LENS_LIEVIN, "L’inclusion des personnes exilées",
                    "Des projections suivies d’un échange, pour mieux accueillir celles et ceux qui arrivent sur "
                            + "le territoire.", named(partners, "Fédération des Centres Sociaux du Pas-de-Calais"));
            tempsForts.planEvent(exile.getId(), new EventDetails(EventKind.SCREENING, "Projection-débat : "
                    + "« Arriver »", "Un documentaire sur l’arrivée de familles dans le bassin minier, puis un "
                    + "échange avec des bénévoles.", thursday.plusWeeks(6), LocalTime.of(19, 0), LocalTime.of(21, 30),
                    communes.get("62510"), "Cinéma Arc-en-Ciel", null, null, null, 120, Audience.PUBLIC));
        } catch (BusinessException refused) {
            LOG.warning("Temps forts de démonstration incomplets : " + refused.getMessage());
        }
    }

    /** The ids of the named partners, or of any one when none of them is in the network. */
    private static Set<Long> named(Map<String, Long> partners, String name) {
        return partners.containsKey(name) ? Set.of(partners.get(name))
                : partners.values().stream().limit(1).collect(Collectors.toSet());
    }

    /** The demo's own project: the first one received with that title, not a later idea that took the same name. */
    private static Project firstWithTitle(List<Project> projects, String title) {
        return projects.stream().filter(p -> p.getTitle().equals(title))
                .min(java.util.Comparator.comparing(Project::getId)).orElse(null);
    }

    /**
     * The garden is on the agenda of the next session, with advice asked of the demo partner; the kitchen, already
     * accompanied, is oriented to the demo partner's federation, which has not answered yet.
     */
    private void accompaniment(Project garden, Project kitchen) {
        calendar.nextSession(Platform.LENS_LIEVIN, LocalDate.now(ZoneId.of("Europe/Paris")))
                .ifPresent(next -> presentations.book(next.getId(), garden.getId(), PresentationService.DEFAULT_MINUTES));
        advice.request(garden.getId(), "partenaire", "Le groupe cherche un terrain et un local pour les outils. "
                + "Votre fédération connaît-elle un centre social du secteur qui pourrait les accueillir ?",
                "Un centre social du secteur peut-il prêter un local ?", null);
        referenceData.network(Platform.LENS_LIEVIN, 0, 100).stream()
                .filter(organisation -> organisation.getShortName().startsWith("Fédération des Centres Sociaux"))
                .findFirst()
                .ifPresent(federation -> orientations.orient(kitchen.getId(), federation.getId(), null,
                        "Une cuisine équipée pour les ateliers du mercredi"));
    }

    private Project record(String title, String commune, HolderKind kind, String holder, Field field, Need need,
            ProjectState upTo) {
        Project project = projects.registerOnBehalf(Platform.LENS_LIEVIN, new IdeaSubmission(kind, holder, null,
                null, "03 21 00 00 00", title, "Une idée de démonstration : " + title.toLowerCase(java.util.Locale.FRENCH)
                + ".", "Pour les habitants du quartier.", Set.of(field), commune, null, null, Set.of(need), true));
        for (ProjectState state : List.of(ProjectState.TO_PRESENT, ProjectState.PRESENTED, ProjectState.ACCOMPANIED)) {
            if (upTo == null || project.getState() == upTo) {
                return project;
            }
            project = projects.changeState(project.getId(), project.getVersion(), state, null);
        }
        return project;
    }

    /** As on the flyer, a December session too close to Christmas moves one week earlier. */
    private void beforeChristmas(Session december) {
        calendar.editSession(new SessionEdit(december.getId(), december.getVersion(), december.getDate().minusWeeks(1),
                december.getStartTime(), december.getEndTime(), null, null, null, SessionMode.ON_SITE, null));
    }

    /** The calendar printed on the 2021 flyer: no January, March, July, August; December on the 17th. */
    private void flyerCalendar2021() {
        for (Month month : List.of(Month.JANUARY, Month.MARCH, Month.JULY, Month.AUGUST)) {
            calendar.removeMonth(Platform.LENS_LIEVIN, 2021, month);
        }
        for (Session session : calendar.generateYear(Platform.LENS_LIEVIN, 2021)) {
            if (session.getDate().getMonth() == Month.DECEMBER) {
                calendar.editSession(new SessionEdit(session.getId(), session.getVersion(), LocalDate.of(2021, 12, 17),
                        session.getStartTime(), session.getEndTime(), null, null, null, SessionMode.ON_SITE, null));
            }
        }
        Session february = calendar.sessionsOfYear(Platform.LENS_LIEVIN, 2021).get(0);
        if (february.getStatus() == SessionStatus.PLANNED) {
            calendar.editSession(new SessionEdit(february.getId(), february.getVersion(), february.getDate(),
                    february.getStartTime(), february.getEndTime(), null, null, null, SessionMode.VIDEO,
                    "https://visio.example.org/fabrik-fevrier-2021"));
        }
    }
}
