package fr.fabrikaprojets.domain.model.organisation;

import fr.fabrikaprojets.domain.model.project.Need;
import java.util.EnumSet;
import java.util.Set;

/** What an organisation offers to projects; labels under {@code organisation.offer.NAME}. */
public enum Offer {
    FUNDING,
    ADVICE,
    PREMISES,
    EQUIPMENT,
    TRAINING,
    VOLUNTEERS;

    /** The offers that answer a holder's need: matching reads a project's needs through this. */
    public static Set<Offer> answering(Need need) {
        return switch (need) {
            case FUNDING -> EnumSet.of(FUNDING);
            case PREMISES -> EnumSet.of(PREMISES);
            case EQUIPMENT -> EnumSet.of(EQUIPMENT);
            case SKILLS -> EnumSet.of(ADVICE, TRAINING);
            case VOLUNTEERS -> EnumSet.of(VOLUNTEERS);
            case NETWORK, COMMUNICATION -> EnumSet.of(ADVICE);
        };
    }
}
