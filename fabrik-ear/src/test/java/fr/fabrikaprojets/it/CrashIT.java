package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 * The server killed with SIGKILL while the coordination enters ideas from many sessions at once: after it starts
 * again, every idea whose page the coordinator was shown is there, and every idea the database kept, acknowledged or
 * not, is whole — its fields, its domains and the timeline event recorded with it, which one transaction writes
 * together. Runs on the restart test's server (its own Derby database), which it kills itself.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrashIT {

    private static final String CONTAINER = "restart";
    private static final String BASE = "http://127.0.0.1:8280/fabrik";
    private static final int WRITES = 1000;
    private static final int SESSIONS = 40;
    /** Acknowledged entries before the kill: a third of them, the rest being sent or waiting to be. */
    private static final int KILL_AFTER = 300;
    private static final Pattern SAVED = Pattern.compile("/projets/projet\\.xhtml\\?id=(\\d+)");
    private static final Pattern MESSAGE = Pattern.compile("class=\"message message-[a-z]+\"[^>]*>([^<]+)");

    @ArquillianResource
    ContainerController controller;

    @ArquillianResource
    Deployer deployer;

    private final String run = Long.toString(System.currentTimeMillis(), 36);

    /** How many times each answer other than a saved project came back, for the failure message. */
    private final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();

    @Deployment(name = CONTAINER, managed = false, testable = false)
    @TargetsContainer(CONTAINER)
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEar();
    }

    @Test
    void everyAcknowledgedIdeaSurvivesAKillAndNoneIsHalfWritten() throws Exception {
        controller.start(CONTAINER);
        try {
            deployer.deploy(CONTAINER);
            Map<Long, Integer> acknowledged = new ConcurrentHashMap<>();
            AtomicInteger started = new AtomicInteger();
            CountDownLatch enough = new CountDownLatch(KILL_AFTER);
            CountDownLatch finished = new CountDownLatch(SESSIONS);
            ExecutorService coordinators = Executors.newFixedThreadPool(SESSIONS);
            for (int i = 0; i < SESSIONS; i++) {
                coordinators.submit(() -> enter(started, acknowledged, enough, finished));
            }
            awaitEnough(enough, finished, acknowledged);
            ProcessHandle server = serverProcess();
            server.destroyForcibly();
            server.onExit().get(1, TimeUnit.MINUTES);
            int killedAt = acknowledged.size();
            coordinators.shutdown();
            assertTrue(coordinators.awaitTermination(2, TimeUnit.MINUTES), "every session saw the server go");
            int sent = Math.min(started.get(), WRITES);
            assertTrue(sent > acknowledged.size() && sent < WRITES, "killed while entries were on their way: "
                    + acknowledged.size() + " acknowledged of " + sent + " sent");

            controller.stop(CONTAINER);
            controller.start(CONTAINER);

            Http team = new Http(BASE);
            team.login("animatrice", "fabrik");
            Map<Long, Integer> kept = keptOfThisRun(team, sent);
            List<String> problems = new ArrayList<>();
            acknowledged.forEach((id, number) -> {
                if (!number.equals(kept.get(id))) {
                    problems.add("idée n°" + number + " (projet " + id + ") montrée à l’animatrice, perdue");
                }
            });
            kept.forEach((id, number) -> problems.addAll(wholeness(team, id, number)));
            assertTrue(problems.isEmpty(), killedAt + " acknowledged at the kill, " + acknowledged.size()
                    + " in all, " + kept.size() + " kept of " + sent + " sent:\n" + String.join("\n", problems));
            assertTrue(kept.size() <= sent, "nothing kept that was not sent");
            System.out.printf("CrashIT: %d acknowledged at the kill, %d in all, %d kept of %d sent%n", killedAt,
                    acknowledged.size(), kept.size(), sent);
            deployer.undeploy(CONTAINER);
        } finally {
            controller.stop(CONTAINER);
        }
    }

    /**
     * Waits for enough acknowledged entries; when the sessions stop short of them or take too long, fails with what
     * they were answered and the server's threads, so that a failure says why.
     */
    private void awaitEnough(CountDownLatch enough, CountDownLatch finished, Map<Long, Integer> acknowledged)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (!enough.await(5, TimeUnit.SECONDS)) {
            if (finished.getCount() == 0 || System.nanoTime() > deadline) {
                Path threads = Path.of(System.getProperty("it.server.base") + "-restart", "crash-threads.txt");
                Files.writeString(threads, threadDump(serverProcess()));
                fail(acknowledged.size() + " acknowledged before the kill, " + finished.getCount()
                        + " sessions still entering; answers: " + answers + "; server threads in " + threads);
            }
        }
    }

    /** One coordinator's session entering ideas until the thousand are taken or the server is gone. */
    private void enter(AtomicInteger started, Map<Long, Integer> acknowledged, CountDownLatch enough,
            CountDownLatch finished) {
        try {
            Http coordinator = new Http(BASE);
            coordinator.login("animatrice", "fabrik");
            for (int number = started.getAndIncrement(); number < WRITES; number = started.getAndIncrement()) {
                Long id = register(coordinator, number);
                if (id != null) {
                    acknowledged.put(id, number);
                    enough.countDown();
                }
            }
        } catch (UncheckedIOException gone) {
            // The server was killed under this entry: it is one of those in flight.
            count("connexion perdue");
        } catch (RuntimeException unexpected) {
            count(unexpected.toString());
        } finally {
            finished.countDown();
        }
    }

    private void count(String answer) {
        answers.computeIfAbsent(answer, key -> new AtomicInteger()).incrementAndGet();
    }

    /** What a page not leading to the saved project said: its status, its path and its first message. */
    private static String answer(HttpResponse<String> page) {
        Matcher message = MESSAGE.matcher(page.body());
        return page.statusCode() + " " + page.uri().getPath() + (message.find() ? " « " + message.group(1).strip()
                + " »" : "");
    }

    private static String threadDump(ProcessHandle server) throws Exception {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(server.pid()), "Thread.print").redirectErrorStream(true).start();
        String dump = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor(1, TimeUnit.MINUTES);
        return dump;
    }

    /** The staff's entry form, saved; a second click when the form shows similar projects first. */
    private Long register(Http coordinator, int number) {
        HttpResponse<String> page = coordinator.get("/projets/saisir.xhtml");
        for (int click = 0; click < 2; click++) {
            FormTokens tokens = FormTokens.of(page.body());
            if (tokens == null) {
                count("pas de formulaire : " + answer(page));
                return null;
            }
            page = coordinator.postForm("/projets/saisir.xhtml", form(number, tokens));
            Matcher saved = SAVED.matcher(page.uri().toString());
            if (page.statusCode() == 200 && saved.find()) {
                return Long.valueOf(saved.group(1));
            }
        }
        count("pas enregistrée : " + answer(page));
        return null;
    }

    private String[] form(int number, FormTokens tokens) {
        List<String> fields = new ArrayList<>(List.of("idea", "idea", "idea:holderKind", "ASSOCIATION",
                "idea:holderName", holder(number), "idea:contactName", "Contact " + number,
                "idea:email", "", "idea:phone", String.format("03%08d", number), "idea:title", title(number),
                "idea:ideaText", idea(number), "idea:aim", aim(number), "idea:commune_input", "62498",
                "idea:neighbourhood", "Quartier " + number, "idea:participation", "Les habitants.",
                "idea:needs", "PREMISES", "idea:consent_input", "on", "idea:save", "",
                "jakarta.faces.ViewState", tokens.viewState(), "csrf_token", tokens.formToken(), "primefaces.nonce",
                tokens.nonce()));
        fields.addAll(domains(number).stream().flatMap(domain -> java.util.stream.Stream.of("idea:fields", domain))
                .toList());
        return fields.toArray(String[]::new);
    }

    private String title(int number) {
        return "Essai de panne " + run + " n°" + number;
    }

    private String holder(int number) {
        return "Collectif " + run + " n°" + number;
    }

    private static String idea(int number) {
        return "Idée n°" + number + " : un atelier ouvert aux habitants, écrit en entier.";
    }

    private static String aim(int number) {
        return "Visée n°" + number + " : se rencontrer.";
    }

    private static List<String> domains(int number) {
        return number % 2 == 0 ? List.of("CULTURE") : List.of("CULTURE", "SOCIAL");
    }

    /** The projects of this run the server kept, newest first through the API, by id, with their number. */
    private Map<Long, Integer> keptOfThisRun(Http team, int sent) {
        Map<Long, Integer> kept = new TreeMap<>();
        Pattern ours = Pattern.compile(Pattern.quote("Essai de panne " + run + " n°") + "(\\d+)");
        for (int page = 1; page <= sent / 100 + 2; page++) {
            JsonObject listed = Http.json(team.call("GET", "/api/v1/projects?size=100&page=" + page, null));
            for (JsonObject project : listed.getJsonArray("items").getValuesAs(JsonObject.class)) {
                Matcher title = ours.matcher(project.getString("title"));
                if (title.matches()) {
                    kept.put(project.getJsonNumber("id").longValue(), Integer.valueOf(title.group(1)));
                }
            }
        }
        return kept;
    }

    /** What is missing from a kept idea: its fields as entered, its domains, the timeline event written with it. */
    private List<String> wholeness(Http team, long id, int number) {
        List<String> missing = new ArrayList<>();
        HttpResponse<String> read = team.call("GET", "/api/v1/projects/" + id, null);
        if (read.statusCode() != 200) {
            return List.of("projet " + id + " : " + read.statusCode());
        }
        JsonObject project = Http.json(read);
        Map<String, String> expected = Map.of("idea", idea(number), "collectiveAim", aim(number),
                "communeCode", "62498", "neighbourhood", "Quartier " + number, "state", "RECEIVED");
        expected.forEach((name, value) -> {
            if (!value.equals(project.getString(name, null))) {
                missing.add("projet " + id + " : " + name + " = " + project.getString(name, null));
            }
        });
        List<String> fields = project.getJsonArray("fields").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).sorted().toList();
        if (!fields.equals(domains(number))) {
            missing.add("projet " + id + " : domaines " + fields);
        }
        String page = team.get("/projets/projet.xhtml?id=" + id).body();
        if (!page.contains("Idée saisie par animatrice pour le compte de " + holder(number) + ".")
                || !page.contains(String.format("03%08d", number))) {
            missing.add("projet " + id + " : sa page n’a pas son porteur ou son historique");
        }
        return missing;
    }

    /** The restart server's JVM, found by its base directory. */
    private static ProcessHandle serverProcess() {
        String base = "-Djboss.server.base.dir=" + System.getProperty("it.server.base") + "-restart";
        List<ProcessHandle> found = ProcessHandle.allProcesses().filter(process -> process.info().arguments()
                .map(arguments -> List.of(arguments).contains(base)).orElse(false)).toList();
        assertEquals(1, found.size(), "the restart server's process, by " + base);
        return found.get(0);
    }
}
