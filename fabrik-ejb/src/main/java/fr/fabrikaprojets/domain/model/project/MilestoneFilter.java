package fr.fabrikaprojets.domain.model.project;

import fr.fabrikaprojets.domain.model.orientation.OrientationState;
import java.io.Serializable;
import java.time.Instant;

/**
 * The projects behind a figure of the statistics: those that reached {@code milestone} in [{@code from}, {@code to});
 * for {@link Milestone#ORIENTED}, oriented in that period, towards {@code partnerId} and with {@code outcome} when
 * they are given.
 */
public record MilestoneFilter(Milestone milestone, Instant from, Instant to, Long partnerId, OrientationState outcome)
        implements Serializable {

    public MilestoneFilter {
        if (milestone == null || from == null || to == null) {
            throw new IllegalArgumentException("A milestone and its period are required.");
        }
    }

    public MilestoneFilter(Milestone milestone, Instant from, Instant to) {
        this(milestone, from, to, null, null);
    }
}
