package fr.fabrikaprojets.domain.model.document;

/**
 * Where the bytes of documents live, outside the web root. Built in: a directory on the server
 * ({@code infrastructure.files.FileSystemDocumentStore}); an institution may plug its document management system as a
 * CDI alternative implementing this interface.
 */
public interface DocumentStore {

    /** Keeps the content; returns the key to read it back. */
    String put(byte[] content);

    byte[] get(String key);

    void delete(String key);

    /**
     * Copies every document into {@code directory} (a backup), returning how many files were copied. A store of the
     * institution's own (its document management system) has backups of its own: by default nothing is copied.
     */
    default long copyTo(java.nio.file.Path directory) {
        return 0;
    }
}
