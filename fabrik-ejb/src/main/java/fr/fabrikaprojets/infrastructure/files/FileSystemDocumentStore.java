package fr.fabrikaprojets.infrastructure.files;

import fr.fabrikaprojets.domain.model.document.DocumentStore;
import fr.fabrikaprojets.domain.shared.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Documents in a directory of the server, outside the deployment and the web root: {@code -Dfabrik.documents.dir},
 * by default {@code fabrik-documents} in WildFly's data directory (beside the embedded database, and so in the same
 * backups). Each file is named by a random key, never by its user-given name.
 */
@ApplicationScoped
public class FileSystemDocumentStore implements DocumentStore {

    static final String PROPERTY = "fabrik.documents.dir";

    @Override
    public String put(byte[] content) {
        String key = UUID.randomUUID().toString();
        Path target = path(key);
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), key, ".part");
            Files.write(partial, content);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Document non enregistré : " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] get(String key) {
        try {
            return Files.readAllBytes(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Document illisible : " + key, e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Document non supprimé : " + key, e);
        }
    }

    /** The whole tree of files, as it is (a document added meanwhile may be copied too: harmless). */
    @Override
    public long copyTo(Path directory) {
        Path root = root();
        try {
            Files.createDirectories(directory);
            if (!Files.isDirectory(root)) {
                return 0;
            }
            try (Stream<Path> files = Files.walk(root)) {
                long copied = 0;
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path target = directory.resolve(root.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else if (!file.getFileName().toString().endsWith(".part")) {
                        Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                        copied++;
                    }
                }
                return copied;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Documents non copiés dans " + directory + " : " + e.getMessage(), e);
        }
    }

    /** Keys are UUIDs, spread over 256 sub-directories; anything else is refused before touching the disk. */
    private static Path path(String key) {
        if (key == null || !key.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
            throw new IllegalArgumentException("Clé de document invalide : " + key);
        }
        return root().resolve(key.substring(0, 2)).resolve(key);
    }

    private static Path root() {
        String configured = Settings.text(PROPERTY, "");
        return configured.isEmpty()
                ? Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")),
                        "fabrik-documents")
                : Path.of(configured);
    }
}
