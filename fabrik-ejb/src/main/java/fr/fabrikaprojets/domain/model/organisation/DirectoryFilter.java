package fr.fabrikaprojets.domain.model.organisation;

import fr.fabrikaprojets.domain.model.project.Field;
import java.io.Serializable;

/**
 * What the directory is narrowed to: words of the name, a kind, a theme, a commune covered (INSEE code). Null means
 * any.
 */
public record DirectoryFilter(String platformCode, String text, OrganisationKind kind, Field theme, String commune)
        implements Serializable {

    public DirectoryFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        commune = commune == null || commune.isBlank() ? null : commune.strip();
    }
}
