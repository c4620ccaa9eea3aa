package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.model.session.Registration;
import fr.fabrikaprojets.domain.model.session.Session;
import java.io.Serializable;
import java.util.List;

/** A session's registrations as the coordinator's page shows them, with the partners represented. */
public final class RollView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Session session;
    private final List<Registration> registered;
    private final List<Registration> waiting;
    private final List<Organisation> represented;
    private final List<Organisation> absent;

    public RollView(Session session, List<Registration> registered, List<Registration> waiting,
            List<Organisation> represented, List<Organisation> absent) {
        this.session = session;
        this.registered = List.copyOf(registered);
        this.waiting = List.copyOf(waiting);
        this.represented = List.copyOf(represented);
        this.absent = List.copyOf(absent);
    }

    public Session getSession() {
        return session;
    }

    public List<Registration> getRegistered() {
        return registered;
    }

    public List<Registration> getWaiting() {
        return waiting;
    }

    /** Signatory partners with someone present. */
    public List<Organisation> getRepresented() {
        return represented;
    }

    /** Signatory partners nobody came for. */
    public List<Organisation> getAbsent() {
        return absent;
    }

    public int getPlacesLeft() {
        return Math.max(0, session.getCapacity() - registered.size());
    }
}
