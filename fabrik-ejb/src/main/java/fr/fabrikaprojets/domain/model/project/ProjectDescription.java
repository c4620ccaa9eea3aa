package fr.fabrikaprojets.domain.model.project;

import java.io.Serializable;
import java.util.Set;

/** What the holder says of their idea, as the form collects it. */
public record ProjectDescription(String title, String idea, String collectiveAim, Set<Field> fields, Set<Need> needs,
        String neighbourhood, String inhabitantsParticipation) implements Serializable {
}
