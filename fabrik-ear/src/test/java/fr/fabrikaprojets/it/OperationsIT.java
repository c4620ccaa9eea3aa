package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an administrator running Fabrik beside the portal relies on: the portal's look chosen by settings on a running
 * server, the figures for Prometheus, and one log line per request with a correlation id and no personal data. Runs
 * in the server, where it changes settings (system properties, read at each use) and reads the server's log.
 */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEarTesting(OperationsIT.class, Http.class);
    }

    @Test
    void thePortalsStylesheetLogoAndComponentThemeApplyWithoutRebuilding() {
        String stylesheet = "https://intranet.example.fr/charte/fabrik.css";
        String logo = "https://intranet.example.fr/charte/logo.svg";
        try {
            String standard = new Http().get("/index.xhtml").body();
            assertTrue(standard.contains("primefaces-saga"), "PrimeFaces' own theme by default");
            assertFalse(standard.contains("brand-logo"));

            System.setProperty("fabrik.theme.stylesheet", stylesheet);
            System.setProperty("fabrik.theme.logo", logo);
            System.setProperty("fabrik.theme.primefaces", "none");
            String themed = new Http().get("/index.xhtml").body();
            assertTrue(themed.contains("<link rel=\"stylesheet\" href=\"" + stylesheet + "\""), themed);
            assertTrue(themed.indexOf(stylesheet) > themed.indexOf("fabrik.css"), "after Fabrik's, to override it");
            assertTrue(themed.contains("src=\"" + logo + "\""), "the portal's logo in the header");
            assertFalse(themed.contains("primefaces-saga"), "the portal's stylesheet styles the components");
            String widget = new Http().get("/widgets/prochaine-reunion.xhtml").body();
            assertTrue(widget.contains(stylesheet), "the widgets look like the portal too");

            System.setProperty("fabrik.theme.stylesheet", "javascript:alert(1)");
            System.setProperty("fabrik.theme.primefaces", "inconnu");
            String refused = new Http().get("/index.xhtml").body();
            assertFalse(refused.contains("javascript:alert"), "only web addresses");
            assertTrue(refused.contains("primefaces-saga"), "an unknown theme falls back to the built-in one");
        } finally {
            System.clearProperty("fabrik.theme.stylesheet");
            System.clearProperty("fabrik.theme.logo");
            System.clearProperty("fabrik.theme.primefaces");
        }
    }

    @Test
    void requestsErrorsAndDurationsAreCountedPerRouteForPrometheus() {
        Http http = new Http();
        long pagesBefore = counter(metrics(), "/reunions/reunion.xhtml", "GET", "2xx");
        long missingBefore = counter(metrics(), "/api/v1/sessions/{id}", "GET", "4xx");
        for (int i = 0; i < 3; i++) {
            assertEquals(200, http.get("/reunions/reunion.xhtml?id=" + (i + 1)).statusCode());
        }
        assertEquals(404, http.call("GET", "/api/v1/sessions/987654", null).statusCode());
        String after = metrics();
        assertEquals(pagesBefore + 3, counter(after, "/reunions/reunion.xhtml", "GET", "2xx"),
                "one route for every session's page, without its query string");
        assertEquals(missingBefore + 1, counter(after, "/api/v1/sessions/{id}", "GET", "4xx"),
                "the number in the path is a route parameter");
        assertTrue(after.contains("fabrik_request_duration_seconds_bucket{route=\"/reunions/reunion.xhtml\",le=\"+Inf\"}"));
        assertTrue(after.contains("# TYPE fabrik_request_duration_seconds histogram"));
        assertTrue(after.contains("\nfabrik_db_pool_active "), "the pool's usage: " + after);
        assertTrue(after.contains("\nfabrik_db_pool_available "));

        try {
            System.setProperty("fabrik.metrics.allowed", "192.0.2.10");
            assertEquals(403, http.get("/metrics").statusCode(), "only the scrapers' addresses");
        } finally {
            System.clearProperty("fabrik.metrics.allowed");
        }
        HttpResponse<String> wildfly = new Http("http://127.0.0.1:"
                + (9990 + Integer.getInteger("jboss.socket.binding.port-offset", 0))).call("GET", "/metrics", null);
        assertEquals(200, wildfly.statusCode());
        assertTrue(wildfly.body().contains("FabrikDS"), "WildFly's own metrics include the datasource's pool");
    }

    @Test
    void eachRequestIsLoggedOnceWithItsCorrelationIdAndNoPersonalData() throws Exception {
        String id = "portail-" + UUID.randomUUID();
        HttpResponse<String> response = new Http().call("GET",
                "/reunions/reunion.xhtml?id=1&courriel=jeanne.dupont%40example.org", null, "X-Request-Id", id);
        assertEquals(id, response.headers().firstValue("X-Request-Id").orElseThrow(), "the portal's id comes back");
        String made = new Http().call("GET", "/index.xhtml", null).headers().firstValue("X-Request-Id").orElseThrow();
        assertTrue(made.matches("[0-9a-f-]{36}"), "an id is made when the caller gives none: " + made);

        List<String> lines = List.of();
        for (int i = 0; i < 50 && lines.isEmpty(); i++) {
            lines = Files.readAllLines(Path.of(System.getProperty("jboss.server.log.dir"), "server.log"),
                    StandardCharsets.UTF_8).stream().filter(line -> line.contains("id=" + id)).toList();
            Thread.sleep(100);
        }
        assertEquals(1, lines.size(), "one line for the request: " + lines);
        assertTrue(lines.get(0).contains("GET /reunions/reunion.xhtml 200 "), lines.get(0));
        assertFalse(lines.get(0).contains("jeanne") || lines.get(0).contains("courriel"), "no query string");
        assertFalse(lines.get(0).contains("127.0.0.1"), "no address");
    }

    private static String metrics() {
        HttpResponse<String> response = new Http().get("/metrics");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
        return response.body();
    }

    private static long counter(String exposition, String route, String method, String status) {
        Matcher line = Pattern.compile("^fabrik_requests_total\\{route=\"" + Pattern.quote(route) + "\",method=\""
                + method + "\",status=\"" + status + "\"} (\\d+)$", Pattern.MULTILINE).matcher(exposition);
        return line.find() ? Long.parseLong(line.group(1)) : 0;
    }
}
