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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        return Deployments.fabrikEarTesting(BackupIT.class, AsCoordinator.class, Http.class,
                BackupScript.class);
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
            Path backup = Path.of(BackupScript.script("backup", BASE, "admin").strip());
            assertTrue(Files.isDirectory(backup), "the script names the backup's directory: " + backup);
            controller.stop(CONTAINER);

            BackupScript.script("restore", backup.toString(), restoredDatabase.toString(), restoredFiles.toString());
            Map<String, List<String>> left = BackupScript.derbyRows(database);
            Map<String, List<String>> restored = BackupScript.derbyRows(restoredDatabase);
            assertEquals(left.keySet(), restored.keySet(), "every table");
            assertTrue(left.get("PROJECTS").stream().anyMatch(row -> row.contains(TITLE)));
            for (String table : left.keySet()) {
                assertEquals(left.get(table), restored.get(table), "every row of " + table + ", value by value");
            }
            Map<String, String> documentFiles = BackupScript.tree(files);
            assertFalse(documentFiles.isEmpty(), "the project's document is on disk");
            assertEquals(documentFiles, BackupScript.tree(restoredFiles), "the same files, byte for byte");

            String refused = BackupScript.scriptFailing("restore", backup.toString(), restoredDatabase.toString(),
                    restoredFiles.toString());
            assertTrue(refused.contains("n'est pas vide"), "a restore never overwrites: " + refused);

            // The server lost its disk: it starts again on the restored database and documents.
            BackupScript.delete(database);
            BackupScript.delete(files);
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
}
