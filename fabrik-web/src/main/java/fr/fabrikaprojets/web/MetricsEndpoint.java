package fr.fabrikaprojets.web;

import fr.fabrikaprojets.domain.shared.Settings;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code /fabrik/metrics} for Prometheus: answered only to the addresses of {@code fabrik.metrics.allowed}
 * (default: this machine), since the figures tell how the platform is used; anyone else gets 403.
 */
@WebServlet("/metrics")
public class MetricsEndpoint extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String ALLOWED = "fabrik.metrics.allowed";
    private static final String LOCAL = "127.0.0.1,0:0:0:0:0:0:0:1,::1";

    @Inject
    private RequestMetrics metrics;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Set<String> allowed = Arrays.stream(Settings.text(ALLOWED, LOCAL).split(",")).map(String::strip)
                .collect(Collectors.toSet());
        if (!allowed.contains(request.getRemoteAddr())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("text/plain; version=0.0.4; charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(metrics.render().getBytes(StandardCharsets.UTF_8));
    }
}
