package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.shared.Language;
import jakarta.enterprise.context.RequestScoped;
import java.io.Serializable;

/**
 * Where the current request comes from, for the audit trail, and in which language its person reads, for what Fabrik
 * writes to them later. The web layer's filter sets both at the start of each HTTP request; work that is not an HTTP
 * request (start-up, timers) has no address, recorded as {@link #INTERNAL}, and speaks French.
 */
@RequestScoped
public class RequestOrigin implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String INTERNAL = "interne";

    private String address;
    private String language;

    public String address() {
        return address == null ? INTERNAL : address;
    }

    public void arrivedFrom(String address) {
        this.address = address;
    }

    /** "fr" or "en". */
    public String language() {
        return Language.supported(language);
    }

    public void reads(String language) {
        this.language = language;
    }
}
