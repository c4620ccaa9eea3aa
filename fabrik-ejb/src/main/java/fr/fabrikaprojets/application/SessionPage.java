package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.audit.AuditEntry;
import fr.fabrikaprojets.domain.model.session.Session;
import java.io.Serializable;

/**
 * What a session's page shows, read in one transaction: the session, then, as its reader may see them, its agenda
 * (the network's) and a page of its history (the platform's team). Read part by part, the page made six statements,
 * the session read three times.
 */
public final class SessionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Session session;
    private final AgendaView agenda;
    private final Page<AuditEntry> history;

    public SessionPage(Session session, AgendaView agenda, Page<AuditEntry> history) {
        this.session = session;
        this.agenda = agenda;
        this.history = history;
    }

    public Session getSession() {
        return session;
    }

    /** The agenda, or null for a reader outside the network. */
    public AgendaView getAgenda() {
        return agenda;
    }

    /** A page of the history, newest first, or null for a reader outside the platform's team. */
    public Page<AuditEntry> getHistory() {
        return history;
    }
}
