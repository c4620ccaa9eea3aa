package fr.fabrikaprojets.application;

import java.io.Serializable;

/** What an anonymisation changed, for the administrator's confirmation and the audit trail. */
public final class Erasure implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int holders;
    private final int registrations;
    private final int documentsDeleted;
    private final int messagesDeleted;

    public Erasure(int holders, int registrations, int documentsDeleted, int messagesDeleted) {
        this.holders = holders;
        this.registrations = registrations;
        this.documentsDeleted = documentsDeleted;
        this.messagesDeleted = messagesDeleted;
    }

    public Erasure plus(Erasure other) {
        return new Erasure(holders + other.holders, registrations + other.registrations,
                documentsDeleted + other.documentsDeleted, messagesDeleted + other.messagesDeleted);
    }

    public int getHolders() {
        return holders;
    }

    public int getRegistrations() {
        return registrations;
    }

    public int getDocumentsDeleted() {
        return documentsDeleted;
    }

    public int getMessagesDeleted() {
        return messagesDeleted;
    }

    public String describe() {
        return holders + " dossier(s) de porteur, " + registrations + " inscription(s) anonymisés ; "
                + documentsDeleted + " document(s) déposé(s) par la personne et " + messagesDeleted
                + " message(s) en attente supprimés.";
    }
}
