package fr.fabrikaprojets.application.statistics;

import fr.fabrikaprojets.domain.model.orientation.OrientationState;

/** How many orientations towards one partner are in one state. */
public record OrientationCount(long partnerId, String partner, OrientationState outcome, long count) {
}
