package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a long visit leaves in the server's memory, read from the server's management interface: the view-scoped
 * beans of the person's last views, not an entry for every page opened since signing in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionMemoryIT {

    /** Mojarra keeps the beans of a session's last 25 views (com.sun.faces.numberOfActiveViewMaps). */
    private static final int ACTIVE_VIEWS = 25;
    private static final Pattern VIEW_ENTRY = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}=");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.fabrikEar();
    }

    @Test
    void aLongVisitKeepsTheBeansOfItsLastViewsOnly() throws Exception {
        Http browser = new Http();
        browser.login("animatrice", "fabrik");
        for (int page = 0; page < 3 * ACTIVE_VIEWS; page++) {
            assertEquals(200, browser.get("/projets/projet.xhtml?id=" + (1 + page % 3)).statusCode());
        }
        String session = browser.cookie("JSESSIONID");
        assertNotNull(session, "signed in");
        String index = sessionAttribute(session.replaceFirst("\\..*$", ""),
                "com.sun.faces.application.view.activeViewContexts");
        int views = 0;
        for (Matcher entry = VIEW_ENTRY.matcher(index); entry.find(); ) {
            views++;
        }
        assertTrue(views >= 1, "the project pages' beans are indexed: " + index);
        assertTrue(views <= ACTIVE_VIEWS, views + " views indexed after " + 3 * ACTIVE_VIEWS + " pages");
    }

    /** One attribute of a web session, as the server's management interface prints it. */
    private static String sessionAttribute(String sessionId, String attribute) throws Exception {
        Path output = Files.createTempFile("fabrik-cli", ".txt");
        String controller = "127.0.0.1:" + System.getProperty("it.management.port", "10090");
        Process cli = new ProcessBuilder(System.getProperty("jboss.home") + "/bin/jboss-cli.sh", "--connect",
                "--controller=" + controller, "/deployment=fabrik.ear/subdeployment=fabrik-web.war/subsystem=undertow"
                + ":get-session-attribute(session-id=" + sessionId + ",attribute=" + attribute + ")")
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertTrue(cli.waitFor(120, TimeUnit.SECONDS), "the management interface answers within 2 minutes");
        String printed = Files.readString(output);
        assertTrue(printed.contains("\"outcome\" => \"success\""), printed);
        Files.delete(output);
        return printed;
    }
}
