package fr.fabrikaprojets.application.statistics;

import fr.fabrikaprojets.domain.model.project.ProjectState;
import java.io.Serializable;
import java.time.LocalDate;

/** A published experience sheet quoted in the annual report, signed as its holder chose. */
public record Highlight(String title, String commune, ProjectState outcome, LocalDate closedOn, String signature,
        String summary, String whatWorked) implements Serializable {
}
