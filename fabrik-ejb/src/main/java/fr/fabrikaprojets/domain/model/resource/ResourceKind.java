package fr.fabrikaprojets.domain.model.resource;

import fr.fabrikaprojets.domain.model.project.Need;
import java.util.EnumSet;
import java.util.Set;

/** Labels under {@code resource.kind.NAME}. */
public enum ResourceKind {
    ROOM,
    EQUIPMENT,
    SKILL,
    FUNDING;

    /** A slot of a room, a piece of equipment or someone's time serves one project at a time; funding does not. */
    public boolean isExclusive() {
        return this != FUNDING;
    }

    public static Set<ResourceKind> answering(Need need) {
        return switch (need) {
            case PREMISES -> EnumSet.of(ROOM);
            case EQUIPMENT -> EnumSet.of(EQUIPMENT);
            case SKILLS, VOLUNTEERS, COMMUNICATION, NETWORK -> EnumSet.of(SKILL);
            case FUNDING -> EnumSet.of(FUNDING);
        };
    }
}
