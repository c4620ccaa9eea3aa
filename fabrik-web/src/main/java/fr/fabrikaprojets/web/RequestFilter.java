package fr.fabrikaprojets.web;

import fr.fabrikaprojets.application.RequestOrigin;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Every request: note the client's address for the audit trail, and send the security headers. The framing policy
 * allows Fabrik itself and the intranet portal named by {@code -Dfabrik.portal.origin} (none by default), no one else.
 * Scripts are governed by PrimeFaces' own nonce-based policy ({@code primefaces.CSP} in web.xml).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.arrivedFrom(request.getRemoteAddr());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Content-Security-Policy", "frame-ancestors 'self'" + portalOrigin()
                + "; object-src 'none'; base-uri 'self'; form-action 'self'");
        chain.doFilter(request, response);
    }

    private static String portalOrigin() {
        String portal = System.getProperty("fabrik.portal.origin", "").strip();
        return portal.matches("https?://[A-Za-z0-9.-]+(:\\d+)?") ? " " + portal : "";
    }
}
