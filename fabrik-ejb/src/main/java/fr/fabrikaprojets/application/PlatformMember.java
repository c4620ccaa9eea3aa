package fr.fabrikaprojets.application;

import java.io.Serializable;
import java.util.Set;

/** Someone who belongs to a platform, as the admin sees them. */
public class PlatformMember implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String username;
    private final String displayName;
    private final Set<String> roles;

    public PlatformMember(String username, String displayName, Set<String> roles) {
        this.username = username;
        this.displayName = displayName;
        this.roles = Set.copyOf(roles);
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Set<String> getRoles() {
        return roles;
    }
}
