package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.JsonObject;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an administrator and the portal's developers rely on: the OpenAPI document generated from the code is valid
 * and complete; every operation it lists has a row in the permission matrix and answers each role exactly as the
 * matrix says; the server's health probes tell whether the database and the mail server answer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiDocumentIT {

    private static final Map<String, String> ACCOUNTS = Map.of("partner", "partenaire", "staff", "agent",
            "coordinator", "animatrice", "admin", "admin");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEar();
    }

    @Test
    void theOpenApiDocumentIsValidAndDescribesEveryOperationItsErrorsAndSecurity() {
        OpenAPI api = document();
        assertTrue(api.getOpenapi().startsWith("3."), api.getOpenapi());
        assertEquals("Fabrik — API de La Fabrik à projets", api.getInfo().getTitle());
        assertTrue(api.getComponents().getSecuritySchemes().keySet().containsAll(List.of("oidc", "session")));
        assertNotNull(api.getComponents().getSchemas().get("Problem"));
        assertTrue(api.getComponents().getSchemas().keySet().containsAll(List.of("ProjectPage",
                "ProjectRepresentation", "OrganisationPage", "ResourcePage", "SessionRepresentation")),
                api.getComponents().getSchemas().keySet().toString());
        List<String> missing = new ArrayList<>();
        operations(api).forEach((name, operation) -> {
            List<String> expected = new ArrayList<>(List.of("400", "500"));
            boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
            if (secured) {
                expected.addAll(List.of("401", "403"));
            }
            if (name.contains("{")) {
                expected.add("404");
            }
            if (name.startsWith("PUT")) {
                expected.addAll(List.of("409", "412", "428"));
            }
            if (name.startsWith("POST")) {
                expected.add("409");
            }
            expected.stream().filter(status -> !operation.getResponses().containsKey(status))
                    .forEach(status -> missing.add(name + " : pas de réponse " + status));
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    if (response.getContent() == null || response.getContent().get("application/problem+json") == null) {
                        missing.add(name + " " + status + " : pas de application/problem+json");
                    }
                }
            });
            if (name.contains("/projects") && !secured) {
                missing.add(name + " : pas de schéma de sécurité");
            }
        });
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    @Test
    void everyOperationOfTheDocumentAnswersEachRoleAsThePermissionMatrixSays() throws IOException {
        Map<String, Map<String, Boolean>> matrix;
        try (InputStream markdown = new FileInputStream("../docs/permissions.md")) {
            matrix = PermissionMatrix.read(markdown).rows();
        }
        Map<String, Operation> operations = operations(document());
        TreeSet<String> documented = new TreeSet<>(operations.keySet());
        TreeSet<String> inMatrix = new TreeSet<>(matrix.keySet().stream().filter(row -> row.matches(
                "(GET|PUT|POST|DELETE|PATCH) /api/.*")).toList());
        assertEquals(inMatrix, documented, "the matrix's rows of the API are the document's operations");

        Map<String, Http> callers = new LinkedHashMap<>();
        callers.put("anonymous", new Http());
        ACCOUNTS.forEach((role, username) -> {
            Http http = new Http();
            http.login(username, "fabrik");
            callers.put(role, http);
        });
        Map<String, String> ids = ids(callers.get("partner"));
        List<String> mismatches = new ArrayList<>();
        for (String operation : documented) {
            String method = operation.substring(0, operation.indexOf(' '));
            String path = operation.substring(operation.indexOf(' ') + 1);
            for (Map.Entry<String, Boolean> role : matrix.get(operation).entrySet()) {
                Http caller = callers.get(role.getKey());
                String concrete = concrete(path, ids);
                HttpResponse<String> response = switch (method) {
                    case "GET" -> caller.call("GET", concrete, null);
                    case "PUT" -> caller.call("PUT", concrete, "{\"state\":\"RECEIVED\"}", "If-Match",
                            tagAsSeenBy(callers.get("coordinator"), concrete.substring(0, concrete.lastIndexOf('/'))));
                    case "POST" -> caller.call("POST", concrete, null);
                    default -> throw new IllegalStateException("Méthode à couvrir : " + operation);
                };
                boolean refused = response.statusCode() == 401 || response.statusCode() == 403;
                if (refused == role.getValue() || response.statusCode() >= 500) {
                    mismatches.add(operation + " en " + role.getKey() + " : " + response.statusCode()
                            + " alors que la matrice dit " + (role.getValue() ? "yes" : "no"));
                }
            }
        }
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
    }

    @Test
    void theReadinessProbeChecksTheDatabaseAndTheMailServer() {
        Http management = new Http("http://127.0.0.1:" + System.getProperty("it.management.port", "10090"));
        GreenMail smtp = Mailbox.start();
        try {
            HttpResponse<String> ready = management.call("GET", "/health/ready", null);
            assertEquals(200, ready.statusCode(), ready.body());
            JsonObject body = Http.json(ready);
            assertEquals("UP", body.getString("status"));
            assertEquals("UP", check(body, "base-de-donnees").getString("status"));
            assertEquals("UP", check(body, "messagerie").getString("status"));
        } finally {
            smtp.stop();
        }
        HttpResponse<String> withoutMail = management.call("GET", "/health/ready", null);
        assertEquals(503, withoutMail.statusCode(), withoutMail.body());
        assertEquals("DOWN", check(Http.json(withoutMail), "messagerie").getString("status"));
        assertEquals("UP", check(Http.json(withoutMail), "base-de-donnees").getString("status"));
        assertEquals(200, management.call("GET", "/health/live", null).statusCode());
    }

    private static JsonObject check(JsonObject health, String name) {
        return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " absent de " + health));
    }

    private static OpenAPI document() {
        HttpResponse<String> response = new Http().call("GET", "/api/openapi?format=JSON", null);
        assertEquals(200, response.statusCode(), response.body());
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(response.body(), null, options);
        assertTrue(parsed.getMessages() == null || parsed.getMessages().isEmpty(),
                "the document is valid OpenAPI: " + parsed.getMessages());
        assertNotNull(parsed.getOpenAPI());
        return parsed.getOpenAPI();
    }

    /** "GET /api/v1/projects/{id}" → its operation, the context root left out. */
    private static Map<String, Operation> operations(OpenAPI api) {
        Map<String, Operation> operations = new LinkedHashMap<>();
        api.getPaths().forEach((path, item) -> {
            String relative = path.substring(path.indexOf("/api/"));
            item.readOperationsMap().forEach((method, operation) -> operations.put(method.name() + " " + relative,
                    operation));
        });
        assertTrue(operations.size() >= 11, operations.keySet().toString());
        return operations;
    }

    /** A record of each kind that the partner may see, so that an allowed call reaches its record. */
    private static Map<String, String> ids(Http partner) {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("/api/v1/sessions/{id}", "1");
        for (String kind : List.of("projects", "organisations", "resources")) {
            HttpResponse<String> list = partner.call("GET", "/api/v1/" + kind + "?size=1", null);
            assertEquals(200, list.statusCode(), list.body());
            JsonObject first = Http.json(list).getJsonArray("items").getJsonObject(0);
            ids.put("/api/v1/" + kind + "/{id}", String.valueOf(first.getJsonNumber("id").longValue()));
        }
        return ids;
    }

    private static String concrete(String path, Map<String, String> ids) {
        for (Map.Entry<String, String> id : ids.entrySet()) {
            if (path.startsWith(id.getKey())) {
                return id.getKey().replace("{id}", id.getValue()) + path.substring(id.getKey().length());
            }
        }
        return path;
    }

    private static String tagAsSeenBy(Http caller, String path) {
        return caller.call("GET", path, null).headers().firstValue("ETag").orElse("\"absent\"");
    }
}
