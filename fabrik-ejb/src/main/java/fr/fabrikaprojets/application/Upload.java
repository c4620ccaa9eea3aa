package fr.fabrikaprojets.application;

import java.io.Serializable;

/** A file as a form received it: the name the browser gave and its bytes. */
public final class Upload implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String filename;
    private final byte[] content;

    public Upload(String filename, byte[] content) {
        this.filename = filename;
        this.content = content;
    }

    public String getFilename() {
        return filename;
    }

    public byte[] getContent() {
        return content;
    }
}
