package fr.fabrikaprojets.application.internal;

import fr.fabrikaprojets.application.CommuneChoice;
import fr.fabrikaprojets.application.cluster.NodeNews;
import fr.fabrikaprojets.application.cluster.OtherNodes;
import fr.fabrikaprojets.domain.model.commune.Commune;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The communes of each platform as the lists' filters offer them, kept until one is added or its census updated:
 * every list page offers them, and they change only when an admin adds a commune to a territory or start-up loads a
 * newer census. The change is seen at once on this server and on the other nodes of a cluster once committed.
 */
@ApplicationScoped
public class PlatformCommunes {

    /** Platforms are a handful; the bound only guards against a flood of unknown codes. */
    private static final int MAX_PLATFORMS = 200;

    private final Map<String, Known> known = new ConcurrentHashMap<>();

    /** Counts the changes seen: a list read while a change was being committed is not kept. */
    private final AtomicLong changes = new AtomicLong();

    @Inject
    private OtherNodes otherNodes;

    List<CommuneChoice> of(String platformCode, Supplier<List<Commune>> load) {
        long seen = changes.get();
        Known cached = known.get(platformCode);
        if (cached != null && cached.changesSeen() == seen) {
            return cached.choices();
        }
        List<CommuneChoice> choices = load.get().stream().map(CommuneChoice::of).toList();
        if (known.size() >= MAX_PLATFORMS) {
            known.clear();
        }
        known.put(platformCode, new Known(choices, seen));
        return choices;
    }

    void forgetOnceCommitted(@Observes(during = TransactionPhase.AFTER_COMPLETION) CommunesChanged changed) {
        changes.incrementAndGet();
        otherNodes.tell(new NodeNews.CommunesChanged());
    }

    /** Told by another node of the cluster, where a commune was added or updated. */
    void forgetAsAnotherNodeDid(@Observes NodeNews.CommunesChanged changed) {
        changes.incrementAndGet();
    }

    /** A commune was added to a territory or updated in the current transaction. */
    record CommunesChanged() {
    }

    private record Known(List<CommuneChoice> choices, long changesSeen) {
    }
}
