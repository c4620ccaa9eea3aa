package fr.fabrikaprojets.application.internal;

import fr.fabrikaprojets.application.cluster.NodeNews;
import fr.fabrikaprojets.application.cluster.OtherNodes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The platforms each caller works on, kept a minute: every page checks them in several services, and they change
 * only when an admin grants or takes away a platform, creates one, or moves an account to another organisation, which
 * {@link #forget()} at once on this server, and on the other nodes of a cluster once the change is committed.
 */
@ApplicationScoped
public class CallerPlatforms {

    private static final long KEPT_NANOS = Duration.ofMinutes(1).toNanos();
    private static final int MAX_CALLERS = 10_000;

    private final Map<String, Known<Set<String>>> known = new ConcurrentHashMap<>();
    private final Map<String, Known<Optional<Long>>> organisations = new ConcurrentHashMap<>();

    @Inject
    private OtherNodes otherNodes;

    Set<String> of(String caller, Supplier<Set<String>> load) {
        return kept(known, caller, () -> Set.copyOf(load.get()));
    }

    /**
     * The caller's organisation, kept as their platforms are (moving an account to another organisation forgets
     * both): for what a page offers them, the catalogue's links to offer a resource; the services decide what they
     * may do on the organisation read at that moment.
     */
    Optional<Long> organisationOf(String caller, Supplier<Optional<Long>> load) {
        return kept(organisations, caller, load);
    }

    private static <T> T kept(Map<String, Known<T>> values, String caller, Supplier<T> load) {
        long now = System.nanoTime();
        Known<T> cached = values.get(caller);
        if (cached != null && now - cached.readAt() < KEPT_NANOS) {
            return cached.value();
        }
        T value = load.get();
        if (values.size() >= MAX_CALLERS) {
            values.clear();
        }
        values.put(caller, new Known<>(value, now));
        return value;
    }

    void forget() {
        known.clear();
        organisations.clear();
    }

    /** Once the change is committed, again: a caller read in between kept what was true before it. */
    void forgetOnceCommitted(@Observes(during = TransactionPhase.AFTER_COMPLETION) PlatformsChanged changed) {
        forget();
        otherNodes.tell(new NodeNews.PlatformsChanged());
    }

    /** Told by another node of the cluster, where an admin changed platforms or memberships. */
    void forgetAsAnotherNodeDid(@Observes NodeNews.PlatformsChanged changed) {
        forget();
    }

    /** Memberships or platforms changed in the current transaction. */
    record PlatformsChanged() {
    }

    private record Known<T>(T value, long readAt) {
    }
}
