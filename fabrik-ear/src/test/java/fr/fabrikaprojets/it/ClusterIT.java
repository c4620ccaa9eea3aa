package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * Fabrik on the two-node cluster of {@code src/cluster/cluster.sh}, started here as an administrator starts it: two
 * WildFly nodes in the HA profile on one PostgreSQL database, WildFly's Undertow balancing in front. The PostgreSQL
 * run only (a cluster shares a server database).
 *
 * <p>The EAR deployed is the build's, with one more schedule for the morning reminders (every 2 seconds) declared in
 * its EJB module's descriptor, so that the test sees a job's timer fire many times in a few seconds, and where.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final int OFFSET = 1000;
    private static final String BASE = "http://127.0.0.1:" + (8080 + OFFSET) + "/fabrik";
    private static final String FAST_JOB = "Relances du matin (essai en grappe)";
    private static final Pattern JOB_RUN = Pattern.compile(
            "^\\S+ (\\d\\d:\\d\\d:\\d\\d),\\d+ .*Tâche planifiée « " + Pattern.quote(FAST_JOB) + " » exécutée sur (node\\d)");

    private static Path cluster;
    private static Map<String, String> environment;
    private static String survivor;

    @BeforeAll
    static void startTheCluster() throws Exception {
        assumeTrue("postgresql".equals(System.getProperty("fabrik.database")), "the PostgreSQL run only");
        String server = "127.0.0.1:" + System.getProperty("it.pg.port", "15432");
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + server + "/postgres", "postgres", "");
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS fabrik_cluster");
            sql.execute("CREATE DATABASE fabrik_cluster OWNER fabrik");
        }
        cluster = Path.of("target", "cluster").toAbsolutePath();
        Path ear = cluster.resolve("fabrik-fast-jobs.ear");
        Files.createDirectories(cluster);
        earWithFastJob(ear);
        environment = Map.of("FABRIK_DB_URL", "jdbc:postgresql://" + server + "/fabrik_cluster", "FABRIK_EAR",
                ear.toString(), "FABRIK_SERVER_ARGS", "-Dfabrik.smtp.port=3025");
        script(environment, "start", cluster.toString());
    }

    @AfterAll
    static void stopTheCluster() throws Exception {
        if (cluster != null) {
            script(Map.of(), "stop", cluster.toString());
        }
    }

    @Test
    @Order(1)
    void aScheduledJobRunsOnceForTheClusterNotOnceForEachNode() throws Exception {
        Thread.sleep(12_000);
        Map<String, List<String>> runs = new TreeMap<>();
        for (String node : List.of("node1", "node2")) {
            for (String line : Files.readAllLines(cluster.resolve(node).resolve("log/server.log"),
                    StandardCharsets.UTF_8)) {
                Matcher run = JOB_RUN.matcher(line);
                if (run.find()) {
                    runs.computeIfAbsent(run.group(1), second -> new ArrayList<>()).add(run.group(2));
                }
            }
        }
        assertTrue(runs.size() >= 4, "the job ran every 2 seconds: " + runs);
        runs.forEach((second, nodes) -> assertEquals(1, new HashSet<>(nodes).size(),
                "the run of " + second + " happened on one node only: " + runs));
    }

    @Test
    @Order(2)
    void anIdeaSentThroughOneNodeIsFoundBySearchingOnTheOther() {
        String title = "Kaléidoscope des corons";
        try (Browser holder = new Browser(node(1)); Browser coordinator = new Browser(node(2))) {
            holder.open("/idee.xhtml");
            holder.waitForText("Une idée ? Un projet ?");
            holder.driver().findElement(By.xpath("//label[normalize-space()='Un groupe informel']")).click();
            holder.driver().findElement(By.id("idea:holderName")).sendKeys("Les voisins du 4");
            holder.driver().findElement(By.id("idea:email")).sendKeys("voisins4@example.org");
            holder.driver().findElement(By.id("idea:title")).sendKeys(title);
            holder.driver().findElement(By.id("idea:ideaText")).sendKeys("Un vitrail géant fait par les enfants.");
            holder.driver().findElement(By.id("idea:aim")).sendKeys("Que les familles se rencontrent.");
            holder.driver().findElement(By.xpath("//label[normalize-space()='Culturel']")).click();
            holder.choose("idea:commune", "Lens (62300)");
            holder.driver().findElement(By.cssSelector("#idea\\:consent .ui-chkbox-box")).click();
            holder.driver().findElement(By.id("idea:send")).click();
            holder.waitForText("Merci, votre idée est bien arrivée");

            coordinator.login("animatrice", "fabrik");
            coordinator.waiting().until(d -> {
                coordinator.open("/recherche/index.xhtml?q=kaleidoscope");
                return coordinator.text().contains(title);
            });
        }
    }

    @Test
    @Order(3)
    void aUserKeepsTheirSignInTheirFormAndTheirWorkWhenTheNodeServingThemIsKilled() throws Exception {
        try (Browser browser = new Browser(BASE)) {
            browser.login("animatrice", "fabrik");
            browser.open("/api/v1/projects?state=RECEIVED&size=1");
            Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(browser.text());
            assertTrue(id.find(), "a project just received: " + browser.text());
            browser.open("/projets/projet.xhtml?id=" + id.group(1));

            browser.openForm("state");
            browser.choose("state:target", "À présenter");
            browser.driver().findElement(By.id("state:why")).sendKeys("Présentation prévue à la réunion de décembre");
            browser.click(By.id("state:apply"));
            browser.waitForText("Présentation prévue à la réunion de décembre");
            browser.openForm("state");
            String served = node(browser);

            browser.choose("state:target", "Présentée");
            browser.driver().findElement(By.id("state:why")).sendKeys("Présentée à Liévin, avis favorable");
            script(Map.of(), "kill", cluster.toString(), served);
            long killed = System.nanoTime();
            browser.click(By.id("state:apply"));
            browser.waitForText("Présentée à Liévin, avis favorable");
            long waitedMs = (System.nanoTime() - killed) / 1_000_000;
            System.out.println("Bascule : " + served + " tué, la page a répondu depuis l'autre nœud en " + waitedMs
                    + " ms (clic compris).");

            survivor = node(browser);
            assertNotEquals(served, survivor, "the other node answered");
            assertEquals("Présentée", browser.driver().findElement(By.id("currentState")).getText());
            String page = browser.text();
            assertTrue(page.contains("Connecté·e"), "still signed in");
            assertTrue(page.contains("Présentation prévue à la réunion de décembre"), "the work saved before is there");

            browser.open("/api/v1/projects/" + id.group(1));
            assertTrue(browser.text().contains("\"state\":\"PRESENTED\""), browser.text());
        }
        for (String node : List.of("node1", "node2")) {
            List<String> broken = Files.readAllLines(cluster.resolve(node).resolve("log/server.log"),
                    StandardCharsets.UTF_8).stream().filter(line -> line.contains(" ERROR "))
                    .filter(line -> line.contains("arshal") || line.contains("erializ")).toList();
            assertTrue(broken.isEmpty(), "sessions replicated without error on " + node + ": " + broken);
        }
    }

    @Test
    @Order(4)
    void aJobWhoseNodeIsLostGoesOnOnTheOther() throws Exception {
        assumeTrue(survivor != null, "a node was lost");
        String restarted = survivor.equals("node1") ? "node2" : "node1";
        script(environment, "restart", cluster.toString(), restarted);
        Thread.sleep(6_000);
        assertTrue(Files.readAllLines(cluster.resolve(restarted).resolve("log/server.log"), StandardCharsets.UTF_8)
                .stream().anyMatch(line -> line.contains("Index de recherche rattrapé")), "the node back reads again "
                + "the project whose state changed while it was down, for its search index");
        String running = lastRunner();
        String other = running.equals("node1") ? "node2" : "node1";
        script(Map.of(), "kill", cluster.toString(), running);
        long before = runsOn(other);
        Thread.sleep(15_000);
        long since = runsOn(other) - before;
        assertTrue(since >= 3, "the job, last run on " + running + ", ran on " + other + " " + since + " times since");
    }

    /** The node of the fast job's latest run (a log line begins with its date and time). */
    private static String lastRunner() throws IOException {
        String latest = "";
        String node = null;
        for (String candidate : List.of("node1", "node2")) {
            for (String line : Files.readAllLines(cluster.resolve(candidate).resolve("log/server.log"),
                    StandardCharsets.UTF_8)) {
                if (JOB_RUN.matcher(line).find() && line.substring(0, 23).compareTo(latest) > 0) {
                    latest = line.substring(0, 23);
                    node = candidate;
                }
            }
        }
        assertTrue(node != null, "the job ran");
        return node;
    }

    private static long runsOn(String node) throws IOException {
        return Files.readAllLines(cluster.resolve(node).resolve("log/server.log"), StandardCharsets.UTF_8).stream()
                .filter(line -> JOB_RUN.matcher(line).find()).count();
    }

    /** One node's own address, past the balancer. */
    private static String node(int number) {
        return "http://127.0.0.1:" + (8080 + OFFSET + 100 * number) + "/fabrik";
    }

    /** The node that served the browser's last page, as the session cookie's route names it. */
    private static String node(Browser browser) {
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        return session.substring(session.lastIndexOf('.') + 1);
    }

    /** The build's EAR, with one more schedule for the morning reminders, every 2 seconds. */
    private static void earWithFastJob(Path target) {
        EnterpriseArchive ear = Deployments.fabrikEar();
        JavaArchive ejb;
        try (var module = ear.get(Deployments.EJB_MODULE).getAsset().openStream()) {
            ejb = ShrinkWrap.create(ZipImporter.class, Deployments.EJB_MODULE).importFrom(module).as(JavaArchive.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String descriptor;
        try (var in = ejb.get("META-INF/ejb-jar.xml").getAsset().openStream()) {
            descriptor = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        descriptor = descriptor.replace("<assembly-descriptor>", """
                <enterprise-beans>
                    <session>
                        <ejb-name>DefaultReminderService</ejb-name>
                        <timer>
                            <schedule><second>*/2</second><minute>*</minute><hour>*</hour></schedule>
                            <timeout-method><method-name>everyMorning</method-name></timeout-method>
                            <persistent>true</persistent>
                            <info>%s</info>
                        </timer>
                    </session>
                </enterprise-beans>
                <assembly-descriptor>""".formatted(FAST_JOB));
        ejb.delete("META-INF/ejb-jar.xml");
        ejb.addAsManifestResource(new StringAsset(descriptor), "ejb-jar.xml");
        ear.delete(Deployments.EJB_MODULE);
        ear.addAsModule(ejb);
        ear.as(ZipExporter.class).exportTo(target.toFile(), true);
    }

    private static void script(Map<String, String> variables, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", "../src/cluster/cluster.sh"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("CLUSTER_OFFSET", String.valueOf(OFFSET));
        builder.environment().putAll(variables);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), "cluster.sh " + String.join(" ", arguments) + " : " + out);
    }
}
