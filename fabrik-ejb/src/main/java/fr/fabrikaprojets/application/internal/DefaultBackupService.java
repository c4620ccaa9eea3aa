package fr.fabrikaprojets.application.internal;

import static fr.fabrikaprojets.domain.shared.Roles.ADMIN;

import fr.fabrikaprojets.application.Backup;
import fr.fabrikaprojets.application.BackupService;
import fr.fabrikaprojets.domain.model.document.DocumentStore;
import fr.fabrikaprojets.domain.shared.BusinessException;
import fr.fabrikaprojets.domain.shared.Settings;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;

@Stateless
public class DefaultBackupService implements BackupService {

    static final String DIRECTORY = "fabrik.backup.dir";
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneId.of("Europe/Paris"));

    @Resource(lookup = "java:jboss/datasources/FabrikDS")
    private DataSource dataSource;

    @Inject
    private DocumentStore documents;

    @Inject
    private Clock clock;

    /** Outside a transaction: Derby's backup waits for the transactions in progress and must not hold one itself. */
    @Override
    @RolesAllowed(ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Backup backUp() {
        Instant now = Instant.now(clock);
        Path directory = root().resolve("fabrik-" + NAME.format(now));
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (!product.contains("Derby")) {
                throw BusinessException.conflict("La base est " + product + " : sa sauvegarde se fait avec pg_dump "
                        + "(src/backup/fabrik-backup.sh backup-postgresql), pas depuis Fabrik.");
            }
            if (Files.exists(directory)) {
                throw BusinessException.conflict("Une sauvegarde est déjà en cours ou vient d'être faite dans "
                        + directory + " ; réessayez dans une seconde.");
            }
            Files.createDirectories(directory);
            try (CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                backup.setString(1, directory.toAbsolutePath().toString());
                backup.execute();
            }
            Path database;
            try (var copies = Files.list(directory)) {
                database = copies.filter(Files::isDirectory).findFirst()
                        .orElseThrow(() -> new IllegalStateException("Derby n'a rien écrit dans " + directory));
            }
            Path copiedDocuments = directory.resolve("documents");
            long files = documents.copyTo(copiedDocuments);
            return new Backup(directory.toString(), database.toString(), copiedDocuments.toString(), files, now);
        } catch (SQLException failed) {
            throw new IllegalStateException("Sauvegarde de la base impossible : " + failed.getMessage(), failed);
        } catch (IOException failed) {
            throw new UncheckedIOException("Sauvegarde impossible dans " + directory, failed);
        }
    }

    private static Path root() {
        return Path.of(Settings.text(DIRECTORY, System.getProperty("jboss.server.data.dir",
                System.getProperty("java.io.tmpdir")) + "/fabrik-backups"));
    }
}
