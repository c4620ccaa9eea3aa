package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fabrikaprojets.application.DocumentService;
import fr.fabrikaprojets.application.IdeaSubmission;
import fr.fabrikaprojets.application.ProjectService;
import fr.fabrikaprojets.application.Upload;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.project.HolderKind;
import fr.fabrikaprojets.domain.model.project.Need;
import fr.fabrikaprojets.domain.model.project.Project;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A backup as an administrator makes it, with the script of {@code src/backup}: taken while Fabrik runs on Derby,
 * then restored after the server lost its database and documents. The restored database holds every row of every
 * table exactly (compared with the database as the server left it), the documents are the same files, and the
 * restored server serves the project recorded before the backup.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackupIT {

    private static final String CONTAINER = "backup";
    private static final String BASE = "http://127.0.0.1:8780/fabrik";
    private static final String TITLE = "Sauvegarde : la fresque du quartier";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @ArquillianResource
    ContainerController controller;

    @ArquillianResource
    Deployer deployer;

    @EJB
    ProjectService projects;

    @EJB
    DocumentService documents;

    @Inject
    AsCoordinator coordinator;

    @Deployment(name = CONTAINER, managed = false)
    @TargetsContainer(CONTAINER)
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEarTesting(BackupIT.class, AsCoordinator.class, Http.class);
    }

    @Test
    @Order(1)
    @RunAsClient
    void theServerStarts() {
        controller.start(CONTAINER);
        deployer.deploy(CONTAINER);
    }

    @Test
    @Order(2)
    @OperateOnDeployment(CONTAINER)
    void theCoordinatorRecordsAProjectAndItsDocument() {
        IdeaSubmission idea = new IdeaSubmission(HolderKind.INFORMAL_GROUP, "Les peintres du 12", "M. Leroy", null,
                "03 21 00 00 12", TITLE, "Une fresque sur le mur du foyer.", "Pour que le quartier se retrouve.",
                Set.of(Field.CULTURE), "62498", "Cité 12", "Les enfants dessinent.", Set.of(Need.EQUIPMENT), true);
        Project project = coordinator.call(() -> projects.registerOnBehalf(Platform.LENS_LIEVIN, idea));
        coordinator.call(() -> documents.attach(project.getId(), new Upload("maquette.pdf", PDF)));
    }

    @Test
    @Order(3)
    @RunAsClient
    void aBackupTakenWhileFabrikRunsRestoresEveryRowAndEveryDocument() throws Exception {
        Path base = Path.of(System.getProperty("it.server.base") + "-backup").toAbsolutePath();
        Path database = base.resolve("fabrik-db");
        Path files = base.resolve("fabrik-documents");
        Path restoredDatabase = base.resolve("restored-db");
        Path restoredFiles = base.resolve("restored-documents");
        try {
            Path backup = Path.of(script("backup", BASE, "admin").strip());
            assertTrue(Files.isDirectory(backup), "the script names the backup's directory: " + backup);
            controller.stop(CONTAINER);

            script("restore", backup.toString(), restoredDatabase.toString(), restoredFiles.toString());
            Map<String, List<String>> left = rows(database);
            Map<String, List<String>> restored = rows(restoredDatabase);
            assertEquals(left.keySet(), restored.keySet(), "every table");
            assertTrue(left.get("PROJECTS").stream().anyMatch(row -> row.contains(TITLE)));
            for (String table : left.keySet()) {
                assertEquals(left.get(table), restored.get(table), "every row of " + table + ", value by value");
            }
            Map<String, String> documentFiles = tree(files);
            assertFalse(documentFiles.isEmpty(), "the project's document is on disk");
            assertEquals(documentFiles, tree(restoredFiles), "the same files, byte for byte");

            String refused = scriptFailing("restore", backup.toString(), restoredDatabase.toString(),
                    restoredFiles.toString());
            assertTrue(refused.contains("n'est pas vide"), "a restore never overwrites: " + refused);

            // The server lost its disk: it starts again on the restored database and documents.
            delete(database);
            delete(files);
            Files.move(restoredDatabase, database);
            Files.move(restoredFiles, files);
            controller.start(CONTAINER);
            Http team = new Http(BASE);
            team.login("animatrice", "fabrik");
            assertTrue(team.call("GET", "/api/v1/projects?size=100", null).body().contains(TITLE),
                    "the restored server serves the project recorded before the backup");
            deployer.undeploy(CONTAINER);
        } finally {
            controller.stop(CONTAINER);
        }
    }

    /** Runs the backup script; its standard output. */
    private static String script(String... arguments) throws IOException, InterruptedException {
        Process process = start(arguments);
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), "fabrik-backup.sh " + String.join(" ", arguments) + " : " + err + out);
        return out;
    }

    private static String scriptFailing(String... arguments) throws IOException, InterruptedException {
        Process process = start(arguments);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor() != 0, "refused");
        return err;
    }

    private static Process start(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", "../src/backup/fabrik-backup.sh"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("FABRIK_PASSWORD", "fabrik");
        return builder.start();
    }

    /** Every row of every table of Fabrik's schema, as text, sorted: two databases compare table by table. */
    private static Map<String, List<String>> rows(Path directory) throws SQLException {
        String url = "jdbc:derby:" + directory;
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection db = DriverManager.getConnection(url)) {
            List<String> names = new ArrayList<>();
            try (ResultSet found = db.getMetaData().getTables(null, "APP", "%", new String[] {"TABLE"})) {
                while (found.next()) {
                    names.add(found.getString("TABLE_NAME"));
                }
            }
            for (String table : names) {
                List<String> read = new ArrayList<>();
                try (Statement query = db.createStatement();
                        ResultSet rs = query.executeQuery("SELECT * FROM \"APP\".\"" + table + "\"")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.append(meta.getColumnName(i)).append('=').append(text(rs.getObject(i))).append('|');
                        }
                        read.add(row.toString());
                    }
                }
                read.sort(null);
                tables.put(table, read);
            }
        } finally {
            try {
                DriverManager.getConnection(url + ";shutdown=true").close();
            } catch (SQLException closed) {
                if (!"08006".equals(closed.getSQLState())) {
                    throw closed;
                }
            }
        }
        return tables;
    }

    private static String text(Object value) throws SQLException {
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (value instanceof Blob blob) {
            return HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()));
        }
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        return String.valueOf(value);
    }

    /** Each file under a directory: its relative path and the SHA-256 of its content. */
    private static Map<String, String> tree(Path root) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                try (InputStream in = Files.newInputStream(file)) {
                    files.put(root.relativize(file).toString(), HexFormat.of().formatHex(
                            MessageDigest.getInstance("SHA-256").digest(in.readAllBytes())));
                }
            }
        }
        return files;
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
