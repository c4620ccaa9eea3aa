package fr.fabrikaprojets.application;

/** One option of a list's filter: the value sent in the address, and what the reader sees. */
public interface Choice {

    String value();

    String label();

    static Choice of(String value, String label) {
        return new Simple(value, label);
    }

    /** A choice made for one page, such as a session by its date. */
    record Simple(String value, String label) implements Choice {
    }
}
