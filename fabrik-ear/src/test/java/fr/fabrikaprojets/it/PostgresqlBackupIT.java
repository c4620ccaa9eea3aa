package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On PostgreSQL (the second run of the integration tests), the backup script's pg_dump of the database the running
 * server uses, with every earlier test's data in it, restores into an empty database with every row of every table.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PostgresqlBackupIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEar();
    }

    @Test
    void aDumpOfTheRunningDatabaseRestoresEveryRowIntoAnEmptyOne() throws Exception {
        assumeTrue("postgresql".equals(System.getProperty("fabrik.database")), "the PostgreSQL run only");
        String server = "127.0.0.1:" + System.getProperty("it.pg.port", "15432");
        Path backup = Files.createTempDirectory("fabrik-pg-backup");
        Path documents = Path.of(System.getProperty("it.server.base"), "data", "fabrik-documents");
        Path restoredDocuments = Files.createTempDirectory("fabrik-pg-documents");
        try {
            BackupScript.script("backup-postgresql", "postgresql://fabrik@" + server + "/fabrik", documents.toString(),
                    backup.toString());
            assertTrue(Files.size(backup.resolve("fabrik.dump")) > 0);
            try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + server + "/postgres",
                    "postgres", ""); Statement sql = admin.createStatement()) {
                sql.execute("DROP DATABASE IF EXISTS fabrik_restauree");
                sql.execute("CREATE DATABASE fabrik_restauree OWNER fabrik");
            }
            BackupScript.script("restore-postgresql", backup.toString(),
                    "postgresql://fabrik@" + server + "/fabrik_restauree", restoredDocuments.toString());

            Map<String, List<String>> live;
            Map<String, List<String>> restored;
            try (Connection db = DriverManager.getConnection("jdbc:postgresql://" + server + "/fabrik", "fabrik",
                    "fabrik")) {
                live = BackupScript.rows(db, "public");
            }
            try (Connection db = DriverManager.getConnection("jdbc:postgresql://" + server + "/fabrik_restauree",
                    "fabrik", "fabrik")) {
                restored = BackupScript.rows(db, "public");
            }
            assertEquals(live.keySet(), restored.keySet(), "every table");
            assertFalse(live.get("projects").isEmpty(), "the projects are in the dump");
            for (String table : live.keySet()) {
                assertEquals(live.get(table), restored.get(table), "every row of " + table + ", value by value");
            }
            if (Files.isDirectory(documents)) {
                assertEquals(BackupScript.tree(documents), BackupScript.tree(restoredDocuments));
            }
        } finally {
            BackupScript.delete(backup);
            if (Files.exists(restoredDocuments)) {
                BackupScript.delete(restoredDocuments);
            }
        }
    }
}
