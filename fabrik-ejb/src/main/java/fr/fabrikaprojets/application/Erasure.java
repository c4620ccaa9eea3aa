package fr.fabrikaprojets.application;

import java.io.Serializable;

/** What an anonymisation changed, for the administrator's confirmation and the audit trail. */
public final class Erasure implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int holders;
    private final int registrations;
    private final int documentsDeleted;

    public Erasure(int holders, int registrations, int documentsDeleted) {
        this.holders = holders;
        this.registrations = registrations;
        this.documentsDeleted = documentsDeleted;
    }

    public Erasure plus(Erasure other) {
        return new Erasure(holders + other.holders, registrations + other.registrations,
                documentsDeleted + other.documentsDeleted);
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

    public String describe() {
        return holders + " dossier(s) de porteur, " + registrations + " inscription(s) anonymisés ; "
                + documentsDeleted + " document(s) déposé(s) par la personne supprimé(s).";
    }
}
