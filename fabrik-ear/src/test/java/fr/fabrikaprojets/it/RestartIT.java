package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.util.List;
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
 * Stopping and starting the server keeps every row: the sessions planned at the first start are read back with
 * the same UIDs and versions after a full stop and start of the JVM. Were the database recreated, the demo loader
 * would plan the year again with new UIDs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestartIT {

    private static final String CONTAINER = "restart";
    private static final String BASE = "http://127.0.0.1:8280/fabrik";

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
    void aFullRestartKeepsEveryRow() {
        controller.start(CONTAINER);
        try {
            deployer.deploy(CONTAINER);
            List<String> before = sessionsOf2021();
            assertFalse(before.isEmpty());

            controller.stop(CONTAINER);
            controller.start(CONTAINER);

            assertEquals(before, sessionsOf2021());
            deployer.undeploy(CONTAINER);
        } finally {
            controller.stop(CONTAINER);
        }
    }

    /** Each session of 2021 as "uid version date". */
    private static List<String> sessionsOf2021() {
        Http http = new Http(BASE);
        return Http.json(http.get("/api/v1/sessions?year=2021", "application/json")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .map(session -> session.getString("uid") + " " + session.getJsonNumber("version") + " "
                        + session.getString("date"))
                .toList();
    }
}
