package fr.fabrikaprojets.domain.model.project;

/** What a holder says they need; labels under {@code project.need.NAME}. Matching partners reads these. */
public enum Need {
    FUNDING,
    PREMISES,
    SKILLS,
    NETWORK,
    COMMUNICATION,
    EQUIPMENT,
    VOLUNTEERS
}
