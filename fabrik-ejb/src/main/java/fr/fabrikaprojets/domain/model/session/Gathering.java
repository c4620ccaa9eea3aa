package fr.fabrikaprojets.domain.model.session;

/** What people register for: a monthly session or an event of a temps fort. */
public interface Gathering {

    int getCapacity();

    /** Held or cancelled: no more registrations. */
    boolean isClosed();

    boolean isCancelled();

    /** How a sentence designates it: "cette réunion", "cet événement". */
    String thisOne();

    /** Its state in words, agreed with {@link #thisOne()}: "annulée", "tenu". */
    String stateLabel();
}
