package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An upgrade as an administrator makes it: a database of an earlier version (schema 13 and its data, kept as a
 * fixture in {@code upgrade/fixture-v13.sql}) gets the current EAR deployed on it. The migrations since run at
 * deployment; afterwards every row of the fixture is still there with the same values, the new columns are filled as
 * their migration says (the milestones read from the timelines, the accounts signing in with a password), and the
 * application serves the old data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UpgradeIT {

    private static final String CONTAINER = "upgrade";
    private static final String BASE = "http://127.0.0.1:8380/fabrik";
    private static final List<String> FIXTURE_TABLES = List.of("platforms", "communes", "user_accounts",
            "user_account_roles", "sessions", "project_holders", "projects", "project_fields", "project_needs",
            "project_events", "organisations", "orientations");

    @ArquillianResource
    ContainerController controller;

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = CONTAINER, managed = false, testable = false)
    @TargetsContainer(CONTAINER)
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEar();
    }

    @Test
    void anEarlierDatabaseIsUpgradedByDeployingTheCurrentVersionAndKeepsEveryRow() throws Exception {
        Path database = Path.of(System.getProperty("it.server.base") + "-upgrade", "fixture-db");
        String url = "jdbc:derby:" + database.toAbsolutePath();
        Flyway.configure().dataSource(url + ";create=true", "", "")
                .locations("filesystem:" + System.getProperty("fabrik.migrations")).target("13").load().migrate();
        Map<String, List<Map<String, Object>>> before;
        try (Connection db = DriverManager.getConnection(url)) {
            run(db, Files.readString(Path.of(UpgradeIT.class.getResource("/upgrade/fixture-v13.sql").toURI()),
                    StandardCharsets.UTF_8));
            before = fixtureRows(db);
        }
        shutDown(url);

        controller.start(CONTAINER);
        try {
            deployer.deploy(CONTAINER);
            List<String> sessions = Http.json(new Http(BASE).get("/api/v1/sessions?year=2024", "application/json"))
                    .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .map(session -> session.getString("uid")).toList();
            assertTrue(sessions.contains("fixture-v13-2024-03@fabrik"), "the old session is served: " + sessions);
            deployer.undeploy(CONTAINER);
        } finally {
            controller.stop(CONTAINER);
        }

        try (Connection db = DriverManager.getConnection(url)) {
            Map<String, List<Map<String, Object>>> after = fixtureRows(db);
            for (String table : FIXTURE_TABLES) {
                List<Map<String, Object>> kept = after.get(table).stream()
                        .map(row -> project(row, before.get(table).isEmpty() ? row : before.get(table).get(0)))
                        .toList();
                assertEquals(before.get(table), kept, "every row of " + table + ", with its values");
            }
            assertEquals(timestamp("2024-03-29T10:15"), value(db, "SELECT presented_at FROM projects WHERE id = 900501"),
                    "presented when its timeline says");
            assertNull(value(db, "SELECT closed_at FROM projects WHERE id = 900501"));
            assertEquals(timestamp("2024-01-26T10:30"), value(db, "SELECT presented_at FROM projects WHERE id = 900502"));
            assertEquals(timestamp("2024-02-23T11:00"),
                    value(db, "SELECT accompanied_at FROM projects WHERE id = 900502"));
            assertEquals(timestamp("2024-09-20T16:00"), value(db, "SELECT closed_at FROM projects WHERE id = 900502"),
                    "realised when its timeline says");
            assertEquals(900001L, ((Number) value(db, "SELECT platform_id FROM orientations WHERE id = 900801"))
                    .longValue(), "an orientation of the earlier version on its project's platform");
            assertEquals("LOCAL", value(db, "SELECT origin FROM user_accounts WHERE id = 900201"),
                    "an account of the earlier version signs in with its password");
            try (Stream<Path> migrations = Files.list(Path.of(System.getProperty("fabrik.migrations")))) {
                assertEquals(migrations.count(), ((Number) value(db,
                        "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE")).longValue(),
                        "every migration applied, once");
            }
        } finally {
            shutDown(url);
        }
    }

    /** The fixture's rows (identifiers from 900000 on) of each table, ordered, as column → value. */
    private static Map<String, List<Map<String, Object>>> fixtureRows(Connection db) throws SQLException {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        for (String table : FIXTURE_TABLES) {
            String key = switch (table) {
                case "communes" -> "insee_code IN ('62510', '62498')";
                case "user_account_roles" -> "account_id >= 900000";
                case "project_fields", "project_needs" -> "project_id >= 900000";
                default -> "id >= 900000";
            };
            List<Map<String, Object>> read = new ArrayList<>();
            try (Statement query = db.createStatement();
                    ResultSet rs = query.executeQuery("SELECT * FROM " + table + " WHERE " + key + " ORDER BY 1, 2")) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnName(i).toLowerCase(), rs.getObject(i));
                    }
                    read.add(row);
                }
            }
            rows.put(table, read);
        }
        return rows;
    }

    /** A row read after the upgrade, on the columns the earlier version had. */
    private static Map<String, Object> project(Map<String, Object> row, Map<String, Object> earlierColumns) {
        Map<String, Object> kept = new LinkedHashMap<>();
        earlierColumns.keySet().forEach(column -> kept.put(column, row.get(column)));
        return kept;
    }

    private static Object value(Connection db, String sql) throws SQLException {
        try (Statement query = db.createStatement(); ResultSet rs = query.executeQuery(sql)) {
            rs.next();
            return rs.getObject(1);
        }
    }

    private static Timestamp timestamp(String localDateTime) {
        return Timestamp.valueOf(LocalDateTime.parse(localDateTime));
    }

    /** The statements of a script, one per semicolon at the end of a line; comment lines left out. */
    private static void run(Connection db, String script) throws SQLException {
        StringBuilder statement = new StringBuilder();
        try (Statement executor = db.createStatement()) {
            for (String line : script.split("\n")) {
                if (line.strip().startsWith("--") || line.isBlank()) {
                    continue;
                }
                statement.append(line).append('\n');
                if (line.strip().endsWith(";")) {
                    String sql = statement.toString().strip();
                    executor.execute(sql.substring(0, sql.length() - 1));
                    statement.setLength(0);
                }
            }
        }
    }

    /** Closes the embedded database in this JVM, so that the server may open it (Derby's error 08006 says done). */
    private static void shutDown(String url) {
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException closed) {
            if (!"08006".equals(closed.getSQLState())) {
                throw new IllegalStateException(closed);
            }
        }
    }
}
