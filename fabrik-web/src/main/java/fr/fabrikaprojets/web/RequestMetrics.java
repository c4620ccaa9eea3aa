package fr.fabrikaprojets.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Requests, errors and durations per page and API route since the server started, and the database pool's usage,
 * in Prometheus' text format ({@code /fabrik/metrics}). Routes are paths with numbers replaced by {@code {id}} and no
 * query string, so that no personal data and a bounded number of series are kept.
 */
@ApplicationScoped
public class RequestMetrics {

    /** Upper bounds of the duration histogram, in seconds. */
    static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
    private static final int MAX_ROUTES = 300;
    private static final String OTHER = "autre";
    private static final String POOL = "jboss.as:subsystem=datasources,data-source=FabrikDS,statistics=pool";

    private final Map<String, Series> series = new ConcurrentHashMap<>();

    /** Counts a request served: its route, method, HTTP status and duration. */
    void record(String route, String method, int status, long nanos) {
        String key = (series.size() < MAX_ROUTES || series.containsKey(route) ? route : OTHER);
        series.computeIfAbsent(key, any -> new Series()).add(method, status, nanos);
    }

    /** The exposition, series sorted by route so that two scrapes compare line by line. */
    String render() {
        StringBuilder out = new StringBuilder(4096);
        Map<String, Series> sorted = new TreeMap<>(series);
        out.append("# HELP fabrik_requests_total Requêtes HTTP servies par route, méthode et classe de statut.\n");
        out.append("# TYPE fabrik_requests_total counter\n");
        sorted.forEach((route, s) -> s.counts.forEach((methodAndStatus, count) -> {
            String[] parts = methodAndStatus.split(" ");
            out.append("fabrik_requests_total{route=\"").append(route).append("\",method=\"").append(parts[0])
                    .append("\",status=\"").append(parts[1]).append("\"} ").append(count.sum()).append('\n');
        }));
        out.append("# HELP fabrik_request_errors_total Requêtes terminées par une erreur du serveur (5xx).\n");
        out.append("# TYPE fabrik_request_errors_total counter\n");
        sorted.forEach((route, s) -> out.append("fabrik_request_errors_total{route=\"").append(route).append("\"} ")
                .append(s.errors.sum()).append('\n'));
        out.append("# HELP fabrik_request_duration_seconds Durée de traitement des requêtes par route.\n");
        out.append("# TYPE fabrik_request_duration_seconds histogram\n");
        sorted.forEach((route, s) -> {
            long cumulated = 0;
            for (int i = 0; i < BUCKETS.length; i++) {
                cumulated += s.buckets[i].sum();
                out.append("fabrik_request_duration_seconds_bucket{route=\"").append(route).append("\",le=\"")
                        .append(BUCKETS[i]).append("\"} ").append(cumulated).append('\n');
            }
            out.append("fabrik_request_duration_seconds_bucket{route=\"").append(route).append("\",le=\"+Inf\"} ")
                    .append(s.count.sum()).append('\n');
            out.append("fabrik_request_duration_seconds_sum{route=\"").append(route).append("\"} ")
                    .append(String.format(Locale.ROOT, "%.6f", s.nanos.sum() / 1e9)).append('\n');
            out.append("fabrik_request_duration_seconds_count{route=\"").append(route).append("\"} ")
                    .append(s.count.sum()).append('\n');
        });
        pool(out);
        return out.toString();
    }

    /** The datasource's pool, as WildFly counts it (statistics are enabled on FabrikDS); nothing if unreadable. */
    private static void pool(StringBuilder out) {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName pool = new ObjectName(POOL);
            if (!server.isRegistered(pool)) {
                return;
            }
            gauge(out, "fabrik_db_pool_active", "Connexions du pool en usage.",
                    server.getAttribute(pool, "ActiveCount"));
            gauge(out, "fabrik_db_pool_available", "Connexions du pool disponibles.",
                    server.getAttribute(pool, "AvailableCount"));
            gauge(out, "fabrik_db_pool_max_used", "Plus grand nombre de connexions en usage à la fois.",
                    server.getAttribute(pool, "MaxUsedCount"));
            gauge(out, "fabrik_db_pool_waiting", "Requêtes qui ont dû attendre une connexion.",
                    server.getAttribute(pool, "WaitCount"));
        } catch (javax.management.JMException | RuntimeException unreadable) {
            // The pool's figures are a bonus beside WildFly's own /metrics; the requests' figures still answer.
        }
    }

    private static void gauge(StringBuilder out, String name, String help, Object value) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(" gauge\n");
        out.append(name).append(' ').append(value).append('\n');
    }

    private static final class Series {
        final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
        final LongAdder errors = new LongAdder();
        final LongAdder count = new LongAdder();
        final LongAdder nanos = new LongAdder();
        final LongAdder[] buckets = new LongAdder[BUCKETS.length];

        Series() {
            for (int i = 0; i < buckets.length; i++) {
                buckets[i] = new LongAdder();
            }
        }

        void add(String method, int status, long elapsed) {
            counts.computeIfAbsent(method + " " + (status / 100) + "xx", any -> new LongAdder()).increment();
            if (status >= 500) {
                errors.increment();
            }
            count.increment();
            nanos.add(elapsed);
            double seconds = elapsed / 1e9;
            for (int i = 0; i < BUCKETS.length; i++) {
                if (seconds <= BUCKETS[i]) {
                    buckets[i].increment();
                    break;
                }
            }
        }
    }
}
