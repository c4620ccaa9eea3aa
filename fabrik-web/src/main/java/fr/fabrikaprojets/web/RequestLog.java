package fr.fabrikaprojets.web;

import fr.fabrikaprojets.view.erreur.ExpiredBacking;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * One log line per request (method, route, status, duration, correlation id) and the figures of
 * {@link RequestMetrics}. The correlation id comes from the caller's {@code X-Request-Id} (the portal's) when it is a
 * plain token, otherwise is made here, and is sent back in the same header so that a user's report and a log line
 * meet. No query string, address or user name is logged: they may be personal data. Declared first in web.xml so
 * that it times everything the other filters do.
 */
public class RequestLog extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger("fr.fabrikaprojets.requests");
    static final String HEADER = "X-Request-Id";
    private static final Pattern GIVEN_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    private static final Pattern NUMBER = Pattern.compile("/[0-9]+(?=/|$)");
    private static final Pattern PLAIN_ROUTE = Pattern.compile("[A-Za-z0-9/._{}-]{1,120}");
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");

    @Inject
    private RequestMetrics metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String given = request.getHeader(HEADER);
        String id = given != null && GIVEN_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
        response.setHeader(HEADER, id);
        long start = System.nanoTime();
        int status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } catch (ServletException | IOException | RuntimeException failure) {
            // The error page answers an untrusted form with 400 once this filter is left: count it as it will be.
            if (ExpiredBacking.untrustedForm(failure)) {
                status = HttpServletResponse.SC_BAD_REQUEST;
            }
            throw failure;
        } finally {
            long elapsed = System.nanoTime() - start;
            String route = route(request);
            String method = METHODS.contains(request.getMethod()) ? request.getMethod() : "AUTRE";
            metrics.record(route, method, status, elapsed);
            Level level = route.startsWith("/jakarta.faces.resource") ? Level.FINE : Level.INFO;
            if (LOG.isLoggable(level)) {
                LOG.log(level, String.format("%s %s %d %d ms id=%s", method, route, status, elapsed / 1_000_000, id));
            }
        }
    }

    /** The request's path inside Fabrik, numbers replaced by {id}; static resources grouped. */
    static String route(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.startsWith("/jakarta.faces.resource/")) {
            return "/jakarta.faces.resource/*";
        }
        if (path.startsWith("/resources/")) {
            return "/resources/*";
        }
        String route = NUMBER.matcher(path.isEmpty() ? "/" : path).replaceAll("/{id}");
        return PLAIN_ROUTE.matcher(route).matches() ? route : "autre";
    }
}
