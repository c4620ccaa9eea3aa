package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fabrikaprojets.application.DirectoryService;
import fr.fabrikaprojets.application.ProjectService;
import fr.fabrikaprojets.application.ResourceService;
import fr.fabrikaprojets.application.SessionCalendarService;
import fr.fabrikaprojets.domain.model.organisation.DirectoryFilter;
import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.model.organisation.OrganisationProfile;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.project.ProjectFilter;
import fr.fabrikaprojets.domain.model.project.ProjectState;
import fr.fabrikaprojets.domain.model.resource.Resource;
import fr.fabrikaprojets.domain.model.resource.ResourceDetails;
import fr.fabrikaprojets.domain.model.resource.ResourceFilter;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pages whose rows are read once for all their readers and written once ({@code fk:kept}): the directory, the
 * catalogue, the projects list and the public calendar, read over HTTP as browsers read them, while their data is changed through the
 * services inside WildFly. A change shows on the very next reading, whoever reads; a partner's member is never shown
 * the rows another reader was allowed.
 */
@ExtendWith(ArquillianExtension.class)
class KeptPagesIT {

    private static final Pattern PROJECT_LINK = Pattern.compile("projet\\.xhtml\\?id=(\\d+)\"");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEarTesting(KeptPagesIT.class, Http.class, AsCoordinator.class);
    }

    @EJB
    private DirectoryService directory;

    @EJB
    private ResourceService resources;

    @EJB
    private ProjectService projects;

    @EJB
    private SessionCalendarService calendar;

    @EJB
    private AsCoordinator coordinator;

    @Test
    void aRenamedOrganisationShowsAtOnceInTheDirectory() {
        Organisation some = coordinator.call(() -> directory.organisations(new DirectoryFilter(Platform.LENS_LIEVIN,
                null, null, null, null), 0, 1).getItems().get(0));
        String before = "Maison des Kept " + System.nanoTime();
        Organisation created = coordinator.call(() -> directory.createOrganisation(Platform.LENS_LIEVIN,
                renamed(some.profile(), before)));
        Http staff = new Http();
        staff.login("agent", "fabrik");
        String address = "/reseau/index.xhtml?q=" + before.substring(before.lastIndexOf(' ') + 1);
        assertTrue(staff.get(address).body().contains(before));
        assertTrue(staff.get(address).body().contains(before), "read again, from what was kept");

        String after = before.replace("Kept", "Gardés");
        coordinator.call(() -> directory.updateOrganisation(created.getId(), created.getVersion(),
                renamed(created.profile(), after)));
        String again = staff.get(address).body();
        assertTrue(again.contains(after), "the new name, at once: " + again);
        assertFalse(again.contains(before), "not the name kept before the change");
    }

    @Test
    void aRenamedResourceShowsAtOnceInTheCatalogue() {
        Resource resource = coordinator.call(() -> resources.catalogue(new ResourceFilter(Platform.LENS_LIEVIN, null,
                null, false, null), 0, 1).getItems().get(0));
        Http staff = new Http();
        staff.login("agent", "fabrik");
        String address = "/ressources/index.xhtml?type=" + resource.getKind().name();
        staff.get(address);
        assertTrue(staff.get(address).body().contains(resource.getName()));

        ResourceDetails was = resource.details();
        String name = "Salle gardée " + System.nanoTime();
        coordinator.call(() -> resources.describe(resource.getId(), resource.getVersion(), new ResourceDetails(
                was.kind(), name, was.description(), was.inseeCode(), was.capacity(), was.wheelchairAccessible(),
                was.amountMin(), was.amountMax(), was.deadline(), was.eligibility())));
        assertTrue(staff.get(address).body().contains(name), "the new name, at once");
    }

    @Test
    void aProjectMovedOnLeavesTheListOfItsFormerStateAtOnce() {
        Project received = coordinator.call(() -> projects.projects(new ProjectFilter(Platform.LENS_LIEVIN,
                ProjectState.RECEIVED, null, null, null, null, null), 0, 1).getItems().get(0));
        Http team = new Http();
        team.login("animatrice", "fabrik");
        String commune = "&commune=" + received.getCommune().getInseeCode();
        String link = "projet.xhtml?id=" + received.getId() + "\"";
        team.get("/projets/index.xhtml?etat=RECEIVED" + commune);
        assertTrue(team.get("/projets/index.xhtml?etat=RECEIVED" + commune).body().contains(link));

        coordinator.call(() -> projects.changeState(received.getId(), received.getVersion(), ProjectState.TO_PRESENT,
                null));
        assertFalse(team.get("/projets/index.xhtml?etat=RECEIVED" + commune).body().contains(link),
                "no longer among the received projects");
        assertTrue(team.get("/projets/index.xhtml?etat=TO_PRESENT" + commune).body().contains(link));
    }

    @Test
    void aPartnersMemberIsShownOnlyTheProjectsTheyMaySee() {
        Http team = new Http();
        team.login("animatrice", "fabrik");
        Set<Long> shownToTheTeam = projectsShown(team.get("/projets/index.xhtml").body());
        Http partner = new Http();
        partner.login("partenaire", "fabrik");
        Set<Long> shownToThePartner = projectsShown(partner.get("/projets/index.xhtml").body());
        shownToThePartner.addAll(projectsShown(partner.get("/projets/index.xhtml").body()));

        Set<Long> theirs = Http.json(partner.call("GET", "/api/v1/projects?size=100", null)).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(project -> project.getJsonNumber("id").longValue())
                .collect(Collectors.toSet());
        assertTrue(theirs.containsAll(shownToThePartner), "the partner's page: " + shownToThePartner
                + ", what they may see: " + theirs);
        assertFalse(theirs.containsAll(shownToTheTeam), "the team's page lists projects the partner may not see");
        assertEquals(shownToTheTeam, projectsShown(team.get("/projets/index.xhtml").body()),
                "the team's page unchanged by the partner's reading");
    }

    @Test
    void aYearPlannedShowsAtOnceInThePublicCalendar() {
        int year = 2060;
        while (!calendar.sessionsOfYear(Platform.LENS_LIEVIN, year).isEmpty()) {
            year++;
        }
        Http visitor = new Http();
        String address = "/reunions/calendrier.xhtml?annee=" + year;
        visitor.get(address);
        assertFalse(visitor.get(address).body().contains("reunion.xhtml?id="), "no session yet in " + year);

        int planned = year;
        int created = coordinator.call(() -> calendar.generateYear(Platform.LENS_LIEVIN, planned)).size();
        assertTrue(created > 0);
        assertEquals(created, sessionsShown(visitor.get(address).body()), "the sessions planned, at once");
    }

    private static int sessionsShown(String page) {
        return (int) Pattern.compile("reunion\\.xhtml\\?id=\\d+\"").matcher(page).results().count();
    }

    private static Set<Long> projectsShown(String page) {
        Matcher link = PROJECT_LINK.matcher(page);
        Set<Long> ids = new HashSet<>();
        while (link.find()) {
            ids.add(Long.parseLong(link.group(1)));
        }
        return ids;
    }

    /** Another organisation like it, not a signatory of the charter: the founding partners stay eleven. */
    /** The directory's pager links to the next page and back with the filters the reader chose. */
    @Test
    void theDirectorysPagesKeepTheirFilters() {
        Organisation some = coordinator.call(() -> directory.organisations(new DirectoryFilter(Platform.LENS_LIEVIN,
                null, null, null, null), 0, 1).getItems().get(0));
        String word = "Pages" + System.nanoTime();
        for (int i = 1; i <= 21; i++) {
            String name = "Maison " + word + " n° " + i;
            coordinator.call(() -> directory.createOrganisation(Platform.LENS_LIEVIN, renamed(some.profile(), name)));
        }
        Http staff = new Http();
        staff.login("agent", "fabrik");
        String kind = some.profile().kind().name();
        String first = staff.get("/reseau/index.xhtml?q=" + word + "&type=" + kind).body();
        String next = "/reseau/index.xhtml?debut=20&amp;q=" + word + "&amp;type=" + kind + "\"";
        assertTrue(first.contains(next), first);
        String second = staff.get(next.replace("&amp;", "&").replace("\"", "")).body();
        assertEquals(1, Pattern.compile("Maison " + word + " n° ").matcher(second).results().count(),
                "the twenty-first on the second page");
        assertTrue(second.contains("/reseau/index.xhtml?debut=0&amp;q=" + word + "&amp;type=" + kind + "\""),
                second);
    }

    private static OrganisationProfile renamed(OrganisationProfile profile, String shortName) {
        return new OrganisationProfile(shortName, profile.fullName(), profile.kind(), null, profile.address(),
                profile.email(), profile.phone(), profile.wholeTerritory(), profile.communes(), profile.themes(),
                profile.offers(), null);
    }
}
