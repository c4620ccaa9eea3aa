package fr.fabrikaprojets.application.internal;

import jakarta.enterprise.context.RequestScoped;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The platforms the caller works on, worked out once per request: a page calls several services, each checking the
 * platform of what it reads, and the answer does not change within the request unless an admin changes memberships
 * (then {@link #forget()}).
 */
@RequestScoped
public class CallerPlatforms {

    private String caller;
    private Set<String> codes;

    Set<String> of(String who, Supplier<Set<String>> load) {
        if (codes == null || !Objects.equals(caller, who)) {
            caller = who;
            codes = load.get();
        }
        return codes;
    }

    void forget() {
        codes = null;
    }
}
