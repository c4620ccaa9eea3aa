package fr.fabrikaprojets.domain.model.capitalisation;

import fr.fabrikaprojets.domain.model.project.Field;
import java.io.Serializable;

/**
 * What the library of initiatives is narrowed to: a theme (the project's field), a commune (INSEE code), and, for
 * readers outside the network, the sheets their holders opened to everyone.
 */
public record LibraryFilter(String platformCode, Field theme, String commune, boolean publicOnly)
        implements Serializable {

    public LibraryFilter {
        commune = commune == null || commune.isBlank() ? null : commune.strip();
    }

    public LibraryFilter(String platformCode, Field theme, String commune) {
        this(platformCode, theme, commune, false);
    }

    /** The same filter, for a reader outside the network. */
    public LibraryFilter forPublic() {
        return new LibraryFilter(platformCode, theme, commune, true);
    }
}
