package fr.fabrikaprojets.web;

import fr.fabrikaprojets.domain.shared.Settings;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one {@code Content-Security-Policy} of every answer: nothing is loaded from elsewhere than Fabrik, except the
 * portal's stylesheet and logo when set ({@code fabrik.theme.*}); Fabrik is framed only by itself and the portal
 * ({@code fabrik.portal.origin}); forms post to Fabrik and to the partners' SSO. Scripts need PrimeFaces' nonce on
 * its pages: PrimeFaces adds its {@code script-src} as a header of its own, which {@link SecurityHeaders} folds into
 * this one, since browsers apply every header at once but scanners and people read only one.
 */
final class ContentSecurityPolicy {

    static final String HEADER = "Content-Security-Policy";
    private static final Pattern ORIGIN = Pattern.compile("(https?://[A-Za-z0-9.-]+(:\\d+)?)(/.*)?");

    private ContentSecurityPolicy() {
    }

    /** Every directive but the scripts', which PrimeFaces completes with its nonce on a page. */
    static String withoutScripts() {
        String theme = origins("fabrik.theme.stylesheet");
        return "default-src 'self'; style-src 'self' 'unsafe-inline'" + theme + "; img-src 'self' data:" + theme
                + origins("fabrik.theme.logo") + "; font-src 'self' data:" + theme + "; object-src 'none'; "
                + "base-uri 'self'; form-action 'self'" + origins("fabrik.oidc.provider.url", "fabrik.oidc.logout.url")
                + "; frame-ancestors 'self'" + portalOrigin();
    }

    /** The policy of an answer no PrimeFaces page writes: an error, a file, the API, a refusal. */
    static String withoutNonce() {
        return withoutScripts() + "; script-src 'self'";
    }

    /** The portal allowed to frame Fabrik, as a leading-space source, or empty. */
    static String portalOrigin() {
        String portal = Settings.text("fabrik.portal.origin", "");
        return portal.matches("https?://[A-Za-z0-9.-]+(:\\d+)?") ? " " + portal : "";
    }

    /** The origins of the addresses these settings hold, each once, as leading-space sources. */
    private static String origins(String... settings) {
        Set<String> origins = new LinkedHashSet<>();
        for (String setting : settings) {
            Matcher url = ORIGIN.matcher(Settings.text(setting, ""));
            if (url.matches()) {
                origins.add(" " + url.group(1));
            }
        }
        return String.join("", origins);
    }
}
