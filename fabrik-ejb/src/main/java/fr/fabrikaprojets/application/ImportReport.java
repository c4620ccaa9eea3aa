package fr.fabrikaprojets.application;

import java.io.Serializable;
import java.util.List;

/** What an import file holds: how many lines, what they create or update, and every line in error with why. */
public final class ImportReport implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int SHOWN_ERRORS = 200;

    private final int lines;
    private final int created;
    private final int updated;
    private final List<LineError> errors;
    private final List<String> sample;

    public ImportReport(int lines, int created, int updated, List<LineError> errors, List<String> sample) {
        this.lines = lines;
        this.created = created;
        this.updated = updated;
        this.errors = List.copyOf(errors);
        this.sample = List.copyOf(sample);
    }

    public int getLines() {
        return lines;
    }

    public int getCreated() {
        return created;
    }

    public int getUpdated() {
        return updated;
    }

    public List<LineError> getErrors() {
        return errors;
    }

    /** The first errors, as many as a page lists ({@value #SHOWN_ERRORS}); the count says how many there are. */
    public List<LineError> getShownErrors() {
        return errors.subList(0, Math.min(SHOWN_ERRORS, errors.size()));
    }

    /** The first lines as they will be read, for the preview. */
    public List<String> getSample() {
        return sample;
    }

    public boolean isAcceptable() {
        return errors.isEmpty() && lines > 0;
    }

    /** A line of the file (1 is the header) and what is wrong with it, in French. */
    public static final class LineError implements Serializable {

        private static final long serialVersionUID = 1L;

        private final int line;
        private final String message;

        public LineError(int line, String message) {
            this.line = line;
            this.message = message;
        }

        public int getLine() {
            return line;
        }

        public String getMessage() {
            return message;
        }

        @Override
        public String toString() {
            return "ligne " + line + " : " + message;
        }
    }
}
