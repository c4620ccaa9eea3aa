package fr.fabrikaprojets.application.internal;

import fr.fabrikaprojets.domain.shared.Settings;

/**
 * Addresses of Fabrik's pages written into e-mails. The public address is the setting {@code fabrik.public.url}
 * (e.g. {@code https://intranet.pasdecalais.fr/fabrik}); by default, a local server's.
 */
final class PublicLinks {

    static final String PROPERTY = "fabrik.public.url";

    private PublicLinks() {
    }

    static String page(String pathAndQuery) {
        String base = Settings.text(PROPERTY, "http://localhost:8080/fabrik");
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + pathAndQuery;
    }
}
