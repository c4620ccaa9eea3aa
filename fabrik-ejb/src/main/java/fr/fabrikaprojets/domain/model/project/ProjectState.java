package fr.fabrikaprojets.domain.model.project;

import static fr.fabrikaprojets.domain.shared.Roles.ADMIN;
import static fr.fabrikaprojets.domain.shared.Roles.COORDINATOR;
import static fr.fabrikaprojets.domain.shared.Roles.STAFF;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of a project: reçue → à présenter → présentée → accompagnée → réalisée, with en pause on the way, and
 * two other ways out: abandonnée, réorientée. {@link #canGo(ProjectState)} says which moves exist;
 * {@link #rolesFor(ProjectState)} who may make them; {@link #needsReason(ProjectState)} which ones close a door and so
 * need a reason. Realised, abandoned and reoriented projects are closed.
 */
public enum ProjectState {
    RECEIVED,
    TO_PRESENT,
    PRESENTED,
    ACCOMPANIED,
    PAUSED,
    REALISED,
    ABANDONED,
    REORIENTED;

    private static final Set<String> PLATFORM_TEAM = Set.of(COORDINATOR, ADMIN);
    private static final Set<String> FOLLOWERS = Set.of(COORDINATOR, STAFF, ADMIN);

    private static final Map<ProjectState, Set<ProjectState>> MOVES = Map.of(
            RECEIVED, EnumSet.of(TO_PRESENT, ABANDONED, REORIENTED),
            TO_PRESENT, EnumSet.of(PRESENTED, PAUSED, ABANDONED, REORIENTED),
            PRESENTED, EnumSet.of(ACCOMPANIED, PAUSED, ABANDONED, REORIENTED),
            ACCOMPANIED, EnumSet.of(REALISED, PAUSED, ABANDONED, REORIENTED),
            PAUSED, EnumSet.of(TO_PRESENT, ACCOMPANIED, ABANDONED, REORIENTED),
            REALISED, EnumSet.noneOf(ProjectState.class),
            ABANDONED, EnumSet.noneOf(ProjectState.class),
            REORIENTED, EnumSet.noneOf(ProjectState.class));

    public boolean canGo(ProjectState target) {
        return MOVES.get(this).contains(target);
    }

    public Set<ProjectState> next() {
        return MOVES.get(this).isEmpty() ? EnumSet.noneOf(ProjectState.class) : EnumSet.copyOf(MOVES.get(this));
    }

    public boolean isClosed() {
        return MOVES.get(this).isEmpty();
    }

    /**
     * Who may move a project into {@code target} from this state. Staff (Département, CAF) follow accompanied
     * projects and may record that one is realised or paused; everything else is the platform team's decision.
     */
    public Set<String> rolesFor(ProjectState target) {
        if ((this == ACCOMPANIED && (target == REALISED || target == PAUSED))
                || (this == PAUSED && target == ACCOMPANIED)) {
            return FOLLOWERS;
        }
        return PLATFORM_TEAM;
    }

    /** Moves that close a door (abandon, reorientation, pause) must say why. */
    public static boolean needsReason(ProjectState target) {
        return target == ABANDONED || target == REORIENTED || target == PAUSED;
    }

    public String label() {
        return switch (this) {
            case RECEIVED -> "reçue";
            case TO_PRESENT -> "à présenter";
            case PRESENTED -> "présentée";
            case ACCOMPANIED -> "accompagnée";
            case PAUSED -> "en pause";
            case REALISED -> "réalisée";
            case ABANDONED -> "abandonnée";
            case REORIENTED -> "réorientée";
        };
    }
}
