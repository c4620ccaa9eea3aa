package fr.fabrikaprojets.application.internal;

import fr.fabrikaprojets.application.cluster.NodeNews;
import fr.fabrikaprojets.application.cluster.OtherNodes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
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

    private final Map<String, Known> known = new ConcurrentHashMap<>();

    @Inject
    private OtherNodes otherNodes;

    Set<String> of(String caller, Supplier<Set<String>> load) {
        long now = System.nanoTime();
        Known cached = known.get(caller);
        if (cached != null && now - cached.readAt() < KEPT_NANOS) {
            return cached.codes();
        }
        Set<String> codes = Set.copyOf(load.get());
        if (known.size() >= MAX_CALLERS) {
            known.clear();
        }
        known.put(caller, new Known(codes, now));
        return codes;
    }

    void forget() {
        known.clear();
    }

    /** Once the change is committed, again: a caller read in between kept what was true before it. */
    void forgetOnceCommitted(@Observes(during = TransactionPhase.AFTER_COMPLETION) PlatformsChanged changed) {
        known.clear();
        otherNodes.tell(new NodeNews.PlatformsChanged());
    }

    /** Told by another node of the cluster, where an admin changed platforms or memberships. */
    void forgetAsAnotherNodeDid(@Observes NodeNews.PlatformsChanged changed) {
        known.clear();
    }

    /** Memberships or platforms changed in the current transaction. */
    record PlatformsChanged() {
    }

    private record Known(Set<String> codes, long readAt) {
    }
}
