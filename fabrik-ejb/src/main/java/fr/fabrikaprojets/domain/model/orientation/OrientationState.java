package fr.fabrikaprojets.domain.model.orientation;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * proposée → acceptée / refusée → aide obtenue / sans suite / injoignable. A partner that never answers is
 * "injoignable" straight from proposée. Refusal needs a reason; the last four states are outcomes and final.
 */
public enum OrientationState {
    PROPOSED,
    ACCEPTED,
    REFUSED,
    HELP_OBTAINED,
    NO_FOLLOW_UP,
    UNREACHABLE;

    private static final Map<OrientationState, Set<OrientationState>> MOVES = Map.of(
            PROPOSED, EnumSet.of(ACCEPTED, REFUSED, UNREACHABLE),
            ACCEPTED, EnumSet.of(HELP_OBTAINED, NO_FOLLOW_UP, UNREACHABLE),
            REFUSED, EnumSet.noneOf(OrientationState.class),
            HELP_OBTAINED, EnumSet.noneOf(OrientationState.class),
            NO_FOLLOW_UP, EnumSet.noneOf(OrientationState.class),
            UNREACHABLE, EnumSet.noneOf(OrientationState.class));

    public boolean canGo(OrientationState target) {
        return MOVES.get(this).contains(target);
    }

    public Set<OrientationState> next() {
        return MOVES.get(this).isEmpty() ? EnumSet.noneOf(OrientationState.class) : EnumSet.copyOf(MOVES.get(this));
    }

    /** Waiting on the partner: the states in which reminders are sent. */
    public boolean isOpen() {
        return !MOVES.get(this).isEmpty();
    }

    public static boolean needsReason(OrientationState target) {
        return target == REFUSED;
    }

    /** Outcomes after which the holder is asked whether the orientation was useful. */
    public boolean asksHolder() {
        return this == HELP_OBTAINED || this == NO_FOLLOW_UP;
    }

    public String label() {
        return switch (this) {
            case PROPOSED -> "proposée";
            case ACCEPTED -> "acceptée";
            case REFUSED -> "refusée";
            case HELP_OBTAINED -> "aide obtenue";
            case NO_FOLLOW_UP -> "sans suite";
            case UNREACHABLE -> "injoignable";
        };
    }
}
