package fr.fabrikaprojets.application.internal;

import fr.fabrikaprojets.application.RequestOrigin;
import fr.fabrikaprojets.domain.model.audit.AuditEntry;
import fr.fabrikaprojets.domain.model.audit.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * Writes audit entries for the services, in their transaction: if the change is rolled back, so is its entry.
 *
 * <pre>
 * auditTrail.record(caller, platform.getCode(), "Session", session.getId(), "session.cancelled", "Réunion annulée : …");
 * </pre>
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    AuditRepository entries;

    @Inject
    RequestOrigin origin;

    @Inject
    Clock clock;

    @Inject
    Event<Recorded> recorded;

    public void record(String actor, String platformCode, String subjectType, Object subjectId, String action,
            String description) {
        entries.record(new AuditEntry(Instant.now(clock), actor, origin.address(), platformCode, subjectType,
                String.valueOf(subjectId), action, description));
        recorded.fire(new Recorded(platformCode));
    }

    /**
     * A change was recorded: what was counted before it, once it commits, is out of date (observed after the
     * transaction's success by {@link ActivityCache}).
     */
    public record Recorded(String platformCode) {
    }
}
