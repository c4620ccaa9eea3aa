package fr.fabrikaprojets.domain.model.orientation;

/** How many orientations to an organisation are in a state. */
public record OutcomeCount(long organisationId, OrientationState state, long orientations) {
}
