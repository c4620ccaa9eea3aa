package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal's widgets, as HTML fragments it frames and as JSON it draws itself: both say the same thing, the
 * personal ones only to the signed-in, and the fragments may be framed by Fabrik itself and the configured portal
 * only (configured here through the environment, {@code FABRIK_PORTAL_ORIGIN}, as in a container).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WidgetsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEar();
    }

    @Test
    void theNextSessionWidgetShowsWhatTheApiSaysToAnyone() {
        Http anyone = new Http();
        HttpResponse<String> json = anyone.call("GET", "/api/v1/widgets/next-session", null);
        assertEquals(200, json.statusCode(), json.body());
        HttpResponse<String> fragment = anyone.get("/widgets/prochaine-reunion.xhtml");
        assertEquals(200, fragment.statusCode());
        String html = fragment.body();
        assertTrue(html.contains("<h1>Prochaine réunion de la Fabrik à projets</h1>"), html);
        assertFalse(html.contains("site-nav"), "no navigation of its own");
        String frames = fragment.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(frames.contains("frame-ancestors 'self' https://intranet.example.fr;"),
                "the portal named by FABRIK_PORTAL_ORIGIN in the server's environment, and no one else: " + frames);
        JsonObject next = Http.json(json);
        if (next.isNull("session")) {
            assertTrue(html.contains("Aucune réunion n’est encore programmée."), html);
        } else {
            JsonObject session = next.getJsonObject("session");
            assertTrue(html.contains("reunions/reunion.xhtml?id=" + session.getJsonNumber("id").longValue()), html);
            assertTrue(html.contains(session.getJsonObject("place").getString("label")), html);
            assertTrue(html.contains(session.getString("modeLabel")) || html.contains("Visioconférence")
                    || html.contains("Sur place") || html.contains("Hybride"), html);
        }
    }

    @Test
    void thePersonalWidgetsListWhatWaitsOnTheSignedInPartner() {
        Http anonymous = new Http();
        assertTrue(anonymous.get("/widgets/mes-orientations.xhtml").body().contains("j_security_check"),
                "the login form, not someone's orientations");
        assertEquals(401, anonymous.call("GET", "/api/v1/widgets/my-orientations", null).statusCode());

        Http partner = new Http();
        partner.login("partenaire", "fabrik");
        JsonObject orientations = Http.json(partner.call("GET", "/api/v1/widgets/my-orientations?size=10", null));
        List<JsonObject> waiting = orientations.getJsonArray("items").getValuesAs(JsonObject.class);
        assertFalse(waiting.isEmpty(), "the demo orients projects to the partner's organisation");
        waiting.forEach(orientation -> assertTrue(List.of("PROPOSED", "ACCEPTED").contains(
                orientation.getString("state")), orientation.toString()));
        String html = partner.get("/widgets/mes-orientations.xhtml").body();
        assertTrue(html.contains("<h1>Mes orientations en attente</h1>"), html);
        waiting.forEach(orientation -> assertTrue(html.contains(escaped(orientation.getString("project"))),
                orientation.getString("project") + " in " + html));

        JsonObject projects = Http.json(partner.call("GET", "/api/v1/widgets/my-projects?size=10", null));
        JsonObject all = Http.json(partner.call("GET", "/api/v1/projects?size=10", null));
        assertEquals(all.getJsonNumber("total").longValue(), projects.getJsonNumber("total").longValue(),
                "a partner's member follows the projects of their organisation");
        String projectsHtml = partner.get("/widgets/mes-projets.xhtml").body();
        projects.getJsonArray("items").getValuesAs(JsonObject.class).forEach(project -> assertTrue(
                projectsHtml.contains(escaped(project.getString("title"))), project.getString("title")));
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("'", "&#39;");
    }
}
