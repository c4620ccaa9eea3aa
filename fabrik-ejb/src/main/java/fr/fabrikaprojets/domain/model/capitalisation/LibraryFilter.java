package fr.fabrikaprojets.domain.model.capitalisation;

import fr.fabrikaprojets.domain.model.project.Field;
import java.io.Serializable;

/** What the library of initiatives is narrowed to: a theme (the project's field), a commune (INSEE code). */
public record LibraryFilter(String platformCode, Field theme, String commune) implements Serializable {

    public LibraryFilter {
        commune = commune == null || commune.isBlank() ? null : commune.strip();
    }
}
