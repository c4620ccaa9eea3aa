package fr.fabrikaprojets.application;

import jakarta.enterprise.context.RequestScoped;
import java.io.Serializable;

/**
 * Where the current request comes from, for the audit trail. The web layer's filter sets the client's address at the
 * start of each HTTP request; work that is not an HTTP request (start-up, timers) has none and is recorded as
 * {@link #INTERNAL}.
 */
@RequestScoped
public class RequestOrigin implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String INTERNAL = "interne";

    private String address;

    public String address() {
        return address == null ? INTERNAL : address;
    }

    public void arrivedFrom(String address) {
        this.address = address;
    }
}
