package fr.fabrikaprojets.domain.model.project;

/** The fields of action a project belongs to (several at once); labels under {@code project.field.NAME}. */
public enum Field {
    SOLIDARITY_ECONOMY,
    SOCIAL,
    CULTURE,
    SPORT,
    ENVIRONMENT,
    HEALTH,
    EDUCATION,
    OTHER
}
