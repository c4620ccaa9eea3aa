package fr.fabrikaprojets.application;

import java.time.Instant;

/**
 * A backup made: where it is, the database's directory in it, and how many documents' files were copied.
 *
 * @param directory the backup's directory on the server
 * @param database  the copy of the database, a Derby database directory to restore as is
 * @param documents the copy of the documents' directory
 * @param files     how many documents' files it holds
 * @param takenAt   when the database was copied
 */
public record Backup(String directory, String database, String documents, long files, Instant takenAt) {
}
