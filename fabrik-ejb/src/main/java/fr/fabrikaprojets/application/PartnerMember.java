package fr.fabrikaprojets.application;

import java.io.Serializable;

/** A member of a partner organisation, as the coordinator chooses whom to ask for advice. */
public final class PartnerMember implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String username;
    private final String displayName;
    private final String organisation;

    public PartnerMember(String username, String displayName, String organisation) {
        this.username = username;
        this.displayName = displayName;
        this.organisation = organisation;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getOrganisation() {
        return organisation;
    }
}
