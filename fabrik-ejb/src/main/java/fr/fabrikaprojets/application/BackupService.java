package fr.fabrikaprojets.application;

/**
 * A backup of a running Fabrik on embedded Derby: the database copied online (Derby's own backup, consistent while
 * people keep working) and the documents' files beside it, into a new dated directory. On PostgreSQL the database is
 * saved with pg_dump instead ({@code src/backup/fabrik-backup.sh} does both).
 */
public interface BackupService {

    Backup backUp();
}
