package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * A flood of visitors, each opening a web session (a scanner that drops its cookie does the same): the server keeps
 * a bounded number of sessions in memory ({@code fabrik.sessions.memory}, 50 on this server) and writes the others to
 * its disk, so its heap no longer fills; the coordinator and a visitor who had a form open before the flood still
 * save it after, their sessions read back from the disk. Before the bound, {@code ./fabrik scan} left a 512 MB server
 * collecting garbage without end.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionFloodIT {

    private static final String CONTAINER = "restart";
    private static final String BASE = "http://127.0.0.1:8280/fabrik";
    private static final int IN_MEMORY = 50;
    private static final int VISITORS = 6 * IN_MEMORY;
    private static final Pattern ACTIVE = Pattern.compile("\"result\" => (\\d+)");

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
    void aFloodOfSessionsStaysWithinTheBoundAndLosesNoOneSForm() throws Exception {
        controller.start(CONTAINER);
        try {
            deployer.deploy(CONTAINER);
            Http coordinator = new Http(BASE);
            coordinator.login("animatrice", "fabrik");
            String statePage = "/projets/projet.xhtml?id=2&saisir=etat";
            FormTokens stateForm = tokens(coordinator.get(statePage));
            Http holder = new Http(BASE);
            FormTokens ideaForm = tokens(holder.get("/idee.xhtml"));

            for (int visitor = 0; visitor < VISITORS; visitor++) {
                assertEquals(200, new Http(BASE).get("/idee.xhtml").statusCode(), "visitor " + visitor);
            }
            int inMemory = activeSessions();
            assertTrue(inMemory <= IN_MEMORY, inMemory + " sessions in memory after " + VISITORS + " visitors");

            HttpResponse<String> moved = coordinator.postForm(statePage, "state", "state", "state:target_input",
                    "PAUSED", "state:why", "Pause pendant les travaux de la salle.", "state:apply", "",
                    "jakarta.faces.ViewState", stateForm.viewState(), "csrf_token", stateForm.formToken(),
                    "primefaces.nonce", stateForm.nonce());
            assertTrue(moved.body().contains("Le projet est maintenant : En pause"),
                    "the coordinator's form, opened before the flood, saves after it: " + moved.statusCode());
            HttpResponse<String> sent = holder.postForm("/idee.xhtml", "idea", "idea", "idea:holderKind",
                    "INHABITANTS", "idea:holderName", "Les voisins du square", "idea:contactName", "Awa Diallo",
                    "idea:phone", "0321000077", "idea:title", "Bancs du square", "idea:ideaText",
                    "Des bancs et une table pour se retrouver au square.", "idea:aim", "Se rencontrer entre voisins.",
                    "idea:fields", "SOCIAL", "idea:commune_input", "62498", "idea:consent_input", "on",
                    "idea:send", "", "jakarta.faces.ViewState", ideaForm.viewState(), "csrf_token",
                    ideaForm.formToken(), "primefaces.nonce", ideaForm.nonce());
            assertTrue(sent.body().contains("id=\"sent\""), "the holder's idea, opened before the flood, is sent after"
                    + " it: " + sent.statusCode());
            deployer.undeploy(CONTAINER);
        } finally {
            controller.stop(CONTAINER);
        }
    }

    private static FormTokens tokens(HttpResponse<String> page) {
        FormTokens tokens = FormTokens.of(page.body());
        assertTrue(tokens != null, "the form's tokens");
        return tokens;
    }

    /** The web sessions the server holds in memory, as its management interface counts them. */
    private static int activeSessions() throws Exception {
        Path output = Files.createTempFile("fabrik-cli", ".txt");
        Process cli = new ProcessBuilder(System.getProperty("jboss.home") + "/bin/jboss-cli.sh", "--connect",
                "--controller=127.0.0.1:10190", "/deployment=fabrik.ear/subdeployment=fabrik-web.war"
                + "/subsystem=undertow:read-attribute(name=active-sessions)")
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertTrue(cli.waitFor(120, TimeUnit.SECONDS), "the management interface answers within 2 minutes");
        String printed = Files.readString(output);
        Files.delete(output);
        Matcher active = ACTIVE.matcher(printed);
        assertTrue(active.find(), printed);
        return Integer.parseInt(active.group(1));
    }
}
