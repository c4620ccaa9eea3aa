package fr.fabrikaprojets.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real OpenID provider for the tests: Keycloak's distribution (unpacked by fabrik-ear's build), started in
 * development mode on 127.0.0.1:18080 with the example realm of the partners (src/keycloak), on a Java 21+ runtime
 * ({@code -Dkeycloak.java.home}, Temurin 25 on these machines). One host name everywhere: the tokens' issuer depends
 * on it. Its first start imports the realm and takes about a minute and a half.
 */
final class Keycloak implements AutoCloseable {

    static final String REALM_URL = "http://127.0.0.1:18080/realms/partenaires";
    private static final Duration STARTUP = Duration.ofMinutes(5);

    private final Process process;

    private Keycloak(Process process) {
        this.process = process;
    }

    static Keycloak start() throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("keycloak.home"));
        Path data = home.resolve("data");
        if (Files.exists(data)) {
            try (Stream<Path> paths = Files.walk(data)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        Files.createDirectories(data.resolve("import"));
        Files.copy(Path.of(System.getProperty("keycloak.realm")), data.resolve("import/partenaires-realm.json"),
                StandardCopyOption.REPLACE_EXISTING);
        Path log = Path.of("target", "keycloak.log");
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=18080", "--hostname=http://127.0.0.1:18080",
                "--http-management-port=19000", "--import-realm")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("keycloak.java.home"));
        builder.environment().remove("JAVA_OPTS");
        Keycloak keycloak = new Keycloak(builder.start());
        keycloak.awaitRealm(log);
        return keycloak;
    }

    private void awaitRealm(Path log) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(REALM_URL + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak s’est arrêté au démarrage : voir " + log.toAbsolutePath());
            }
            try {
                if (client.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        close();
        throw new IllegalStateException("Keycloak n’a pas démarré en " + STARTUP + " : voir " + log.toAbsolutePath());
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
