package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fabrikaprojets.application.IdeaSubmission;
import fr.fabrikaprojets.application.ProjectService;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.project.HolderKind;
import fr.fabrikaprojets.domain.model.project.Need;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.project.ProjectState;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API of projects, organisations, resources and statistics over HTTP, as the portal calls it: pages with links
 * and totals, filters and order, conditional reads and updates, the permission matrix, errors as French problem
 * documents. Runs in the server to create its own projects, and calls the API through its HTTP listener.
 */
@ExtendWith(ArquillianExtension.class)
class ApiIT {

    private static final String LENS = "62498";

    /** A commune no other test uses, so that this test knows how many of its projects there are. */
    private static final String ACHEVILLE = "62003";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEarTesting(ApiIT.class, Http.class, AsCoordinator.class);
    }

    @EJB
    ProjectService projects;

    @Inject
    AsCoordinator coordinator;

    @Test
    void projectsComeInPagesWithTheirTotalLinksAndOrder() {
        String unique = "API " + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 3; i++) {
            receive(unique + " n° " + i);
        }
        Http team = signedIn("animatrice");
        HttpResponse<String> first = team.call("GET", "/api/v1/projects?commune=" + LENS + "&state=RECEIVED&size=2",
                null);
        assertEquals(200, first.statusCode(), first.body());
        JsonObject page = Http.json(first);
        long total = page.getJsonNumber("total").longValue();
        assertTrue(total >= 3, "the three projects of this test are counted: " + total);
        assertEquals(page.getBoolean("totalExact") ? String.valueOf(total) : "none",
                first.headers().firstValue("X-Total-Count").orElse("none"), "the header only for an exact total");
        assertEquals(2, page.getJsonArray("items").size());
        assertEquals(unique + " n° 3", item(page, 0).getString("title"), "newest first");
        assertEquals(unique + " n° 2", item(page, 1).getString("title"));
        for (JsonObject project : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
            assertEquals("RECEIVED", project.getString("state"));
            assertEquals(LENS, project.getString("communeCode"));
        }
        String next = page.getJsonObject("links").getString("next");
        assertTrue(next.contains("page=2") && next.contains("commune=" + LENS) && next.contains("state=RECEIVED"),
                next);
        assertTrue(first.headers().firstValue("Link").orElseThrow().contains("rel=\"next\""));
        JsonObject second = Http.json(team.call("GET", next, null));
        assertEquals(2, second.getInt("page"));
        assertEquals(unique + " n° 1", item(second, 0).getString("title"));
        assertTrue(second.getJsonObject("links").containsKey("prev"));

        JsonObject oldestFirst = Http.json(team.call("GET",
                "/api/v1/projects?commune=" + LENS + "&state=RECEIVED&sort=receivedAt&size=100", null));
        List<String> titles = oldestFirst.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(project -> project.getString("title")).filter(title -> title.startsWith(unique)).toList();
        assertEquals(List.of(unique + " n° 1", unique + " n° 2", unique + " n° 3"), titles);
    }

    /**
     * A long list is counted ten pages beyond the one asked (201 rows for the list's pages of twenty): the API says its
     * total is not exact and gives no last page, the list page says "more than 200", and the pages beyond stay
     * reachable, where a fixed cap stopped the next link at the thousandth project.
     */
    @Test
    void aLongListIsCountedTenPagesAheadAndItsFurtherPagesStayReachable() {
        String unique = "Compté " + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 201; i++) {
            receive(unique + " n° " + i, ACHEVILLE);
        }
        Http team = signedIn("animatrice");
        String filter = "commune=" + ACHEVILLE + "&state=RECEIVED";
        HttpResponse<String> first = team.call("GET", "/api/v1/projects?" + filter + "&size=20", null);
        JsonObject page = Http.json(first);
        assertFalse(page.getBoolean("totalExact"));
        assertEquals(200, page.getJsonNumber("total").longValue(), "the rows known to exist");
        assertFalse(page.getJsonObject("links").containsKey("last"), "no last page can be named");
        assertTrue(first.headers().firstValue("X-Total-Count").isEmpty());
        JsonObject eleventh = Http.json(team.call("GET", "/api/v1/projects?" + filter + "&size=20&page=11", null));
        assertEquals(unique + " n° 1", item(eleventh, 0).getString("title"), "the eleventh page, beyond the count");
        assertTrue(eleventh.getBoolean("totalExact"), "the last page is counted exactly");
        assertEquals(201, eleventh.getJsonNumber("total").longValue());
        assertTrue(eleventh.getJsonObject("links").containsKey("last"));

        String list = team.call("GET", "/projets/index.xhtml?commune=" + ACHEVILLE + "&etat=RECEIVED", null).body();
        assertTrue(list.contains("Plus de 200 projets : affinez les filtres"), list);
        String eleventhPage = team.call("GET", "/projets/index.xhtml?commune=" + ACHEVILLE
                + "&etat=RECEIVED&debut=200", null).body();
        assertTrue(eleventhPage.contains(unique + " n° 1<"), "the oldest, on the eleventh page of twenty");
        assertTrue(eleventhPage.contains("201 projet(s)"), "the last page tells the exact number");
        assertTrue(list.contains("/projets/index.xhtml?debut=20&amp;etat=RECEIVED&amp;commune=" + ACHEVILLE + "\">"),
                "the next page keeps the filters");
        assertTrue(eleventhPage.contains("/projets/index.xhtml?debut=180&amp;etat=RECEIVED&amp;commune=" + ACHEVILLE
                + "\">"), "so does the previous one");
    }

    @Test
    void aProjectIsReadConditionallyAndMovedOnlyFromTheVersionRead() {
        Project project = receive("API suivi " + UUID.randomUUID().toString().substring(0, 8));
        Http team = signedIn("animatrice");
        String path = "/api/v1/projects/" + project.getId();
        HttpResponse<String> read = team.call("GET", path, null);
        assertEquals(200, read.statusCode(), read.body());
        String tag = read.headers().firstValue("ETag").orElseThrow();
        assertEquals(project.getTitle(), Http.json(read).getString("title"));
        assertEquals(List.of("CULTURE", "SOCIAL"), Http.json(read).getJsonArray("fields")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());

        HttpResponse<String> unchanged = team.call("GET", path, null, "If-None-Match", tag);
        assertEquals(304, unchanged.statusCode());
        assertTrue(unchanged.body().isEmpty());

        String move = "{\"state\":\"TO_PRESENT\"}";
        HttpResponse<String> withoutTag = team.call("PUT", path + "/state", move);
        assertEquals(428, withoutTag.statusCode());
        assertProblem(withoutTag, "If-Match");
        HttpResponse<String> wrongTag = team.call("PUT", path + "/state", move, "If-Match", "\"autre-chose\"");
        assertEquals(412, wrongTag.statusCode());
        assertProblem(wrongTag, "Rien n'a été modifié");
        assertEquals(ProjectState.RECEIVED, state(project));

        HttpResponse<String> moved = team.call("PUT", path + "/state", move, "If-Match", tag);
        assertEquals(200, moved.statusCode(), moved.body());
        assertEquals("TO_PRESENT", Http.json(moved).getString("state"));
        String newTag = moved.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(tag, newTag);
        assertEquals(ProjectState.TO_PRESENT, state(project));
        assertEquals(newTag, team.call("GET", path, null).headers().firstValue("ETag").orElseThrow(),
                "the tag answered is the one a new read gives");

        HttpResponse<String> stale = team.call("PUT", path + "/state", "{\"state\":\"PAUSED\",\"reason\":\"Été\"}",
                "If-Match", tag);
        assertEquals(412, stale.statusCode(), "a second client still holding the first version changes nothing");
        assertEquals(ProjectState.TO_PRESENT, state(project));

        HttpResponse<String> forbiddenMove = team.call("PUT", path + "/state", "{\"state\":\"REALISED\"}",
                "If-Match", newTag);
        assertEquals(409, forbiddenMove.statusCode(), forbiddenMove.body());
        assertEquals(ProjectState.TO_PRESENT, state(project));
    }

    @Test
    void eachCallerSeesWhatTheMatrixAllowsAndIsToldWhyNot() {
        Project project = receive("API réservé " + UUID.randomUUID().toString().substring(0, 8));
        HttpResponse<String> anonymous = new Http().call("GET", "/api/v1/projects", null);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertProblem(anonymous, "Connectez-vous");

        Http partner = signedIn("partenaire");
        HttpResponse<String> notInvolved = partner.call("GET", "/api/v1/projects/" + project.getId(), null);
        assertEquals(404, notInvolved.statusCode(), "a project the partner's organisation has no part in");
        long seenByPartner = Http.json(partner.call("GET", "/api/v1/projects?size=100", null))
                .getJsonNumber("total").longValue();
        long seenByTeam = Http.json(signedIn("animatrice").call("GET", "/api/v1/projects?size=100", null))
                .getJsonNumber("total").longValue();
        assertTrue(seenByPartner < seenByTeam, seenByPartner + " < " + seenByTeam);
        HttpResponse<String> moveByPartner = partner.call("PUT", "/api/v1/projects/" + project.getId() + "/state",
                "{\"state\":\"TO_PRESENT\"}", "If-Match", "\"x\"");
        assertTrue(moveByPartner.statusCode() == 403 || moveByPartner.statusCode() == 404,
                moveByPartner.statusCode() + " " + moveByPartner.body());
        assertEquals(ProjectState.RECEIVED, state(project));
        HttpResponse<String> statistics = partner.call("GET", "/api/v1/statistics?year=2021", null);
        assertEquals(403, statistics.statusCode());
        assertProblem(statistics, "ne permet pas");

        JsonObject organisationForPartner = item(Http.json(partner.call("GET", "/api/v1/organisations?size=5", null)),
                0);
        assertFalse(organisationForPartner.containsKey("contacts")
                && !organisationForPartner.isNull("contacts"), "contacts are the team's");
        Http team = signedIn("animatrice");
        JsonObject organisationForTeam = item(Http.json(team.call("GET", "/api/v1/organisations?size=5", null)), 0);
        assertEquals(organisationForPartner.getString("shortName"), organisationForTeam.getString("shortName"));
        assertNotNull(organisationForTeam.getJsonObject("contacts"));
    }

    @Test
    void organisationsResourcesAndFiguresAreListedAndFiltered() {
        Http staff = signedIn("agent");
        JsonObject associations = Http.json(staff.call("GET", "/api/v1/organisations?kind=ASSOCIATION&size=100",
                null));
        assertTrue(associations.getJsonNumber("total").longValue() > 0);
        associations.getJsonArray("items").getValuesAs(JsonObject.class)
                .forEach(organisation -> assertEquals("ASSOCIATION", organisation.getString("kind")));
        JsonObject one = item(associations, 0);
        HttpResponse<String> organisation = staff.call("GET", "/api/v1/organisations/" + one.getInt("id"), null);
        assertEquals(one.getString("fullName"), Http.json(organisation).getString("fullName"));

        HttpResponse<String> catalogue = staff.call("GET", "/api/v1/resources?size=100", null);
        assertEquals(200, catalogue.statusCode(), catalogue.body());
        JsonObject resources = Http.json(catalogue);
        assertTrue(resources.getJsonNumber("total").longValue() > 0, "the demo's pooled resources");
        JsonObject resource = item(resources, 0);
        JsonObject again = Http.json(staff.call("GET", "/api/v1/resources/" + resource.getInt("id"), null));
        assertEquals(resource.getString("name"), again.getString("name"));
        JsonObject ofItsOrganisation = Http.json(staff.call("GET", "/api/v1/resources?organisation="
                + resource.getInt("organisationId"), null));
        ofItsOrganisation.getJsonArray("items").getValuesAs(JsonObject.class).forEach(
                other -> assertEquals(resource.getInt("organisationId"), other.getInt("organisationId")));

        HttpResponse<String> figures = staff.call("GET", "/api/v1/statistics?year=2021", null);
        assertEquals(200, figures.statusCode(), figures.body());
        JsonObject year = Http.json(figures);
        assertEquals(2021, year.getInt("year"));
        assertEquals(12, year.getJsonArray("months").size());
        long byMonth = year.getJsonArray("months").getValuesAs(JsonObject.class).stream()
                .mapToLong(month -> month.getJsonNumber("received").longValue()).sum();
        assertEquals(year.getJsonObject("total").getJsonNumber("received").longValue(), byMonth);
    }

    @Test
    void wrongParametersAreFrenchProblemsAndNeverAStackTrace() {
        Http team = signedIn("animatrice");
        assertBadRequest(team.call("GET", "/api/v1/projects?state=FINI", null), "RECEIVED, TO_PRESENT");
        assertBadRequest(team.call("GET", "/api/v1/projects?size=500", null), "de 1 à 100");
        assertBadRequest(team.call("GET", "/api/v1/projects?page=0", null), "page");
        assertBadRequest(team.call("GET", "/api/v1/projects?commune=Lens", null), "code INSEE");
        assertBadRequest(team.call("GET", "/api/v1/projects?sort=title", null), "receivedAt");
        assertBadRequest(team.call("GET", "/api/v1/organisations?kind=CLUB", null), "ASSOCIATION");
        assertBadRequest(team.call("GET", "/api/v1/resources?wheelchair=peut-etre", null), "true ou false");
        assertBadRequest(team.call("GET", "/api/v1/statistics?year=20x1", null), "quatre chiffres");
        HttpResponse<String> unknown = team.call("GET", "/api/v1/projects/abc", null);
        assertEquals(404, unknown.statusCode());
        assertProblem(unknown, "n'est pas un numéro de projet");
        HttpResponse<String> brokenBody = team.call("PUT", "/api/v1/projects/1/state", "{\"state\":", "If-Match",
                "\"x\"");
        assertTrue(brokenBody.statusCode() >= 400 && brokenBody.statusCode() < 500, brokenBody.body());
        assertFalse(brokenBody.body().contains("Exception"), brokenBody.body());
    }

    private Project receive(String title) {
        return receive(title, LENS);
    }

    private Project receive(String title, String commune) {
        IdeaSubmission idea = new IdeaSubmission(HolderKind.INFORMAL_GROUP, "Les voisins de l'API", "Mme Dupont",
                "api-" + UUID.randomUUID() + "@example.org", null, title, "Un atelier de théâtre au foyer.",
                "Pour les familles du quartier.", Set.of(Field.CULTURE, Field.SOCIAL), commune, "Cité 12",
                "Des répétitions ouvertes.", Set.of(Need.PREMISES), true);
        return coordinator.call(() -> projects.registerOnBehalf(Platform.LENS_LIEVIN, idea));
    }

    private ProjectState state(Project project) {
        return coordinator.call(() -> projects.getProject(project.getId())).getState();
    }

    private static Http signedIn(String username) {
        Http http = new Http();
        http.login(username, "fabrik");
        return http;
    }

    private static JsonObject item(JsonObject page, int index) {
        return page.getJsonArray("items").getJsonObject(index);
    }

    private static void assertBadRequest(HttpResponse<String> response, String expected) {
        assertEquals(400, response.statusCode(), response.body());
        assertProblem(response, expected);
    }

    private static void assertProblem(HttpResponse<String> response, String expected) {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        String detail = Http.json(response).getString("detail");
        assertTrue(detail.contains(expected), detail);
        assertFalse(response.body().contains("Exception"), response.body());
    }
}
