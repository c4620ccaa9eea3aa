package fr.fabrikaprojets.application.statistics;

import fr.fabrikaprojets.domain.model.orientation.OrientationState;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** The orientations towards one partner in the year, by outcome. */
public final class PartnerFigures implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long partnerId;
    private final String partner;
    private final EnumMap<OrientationState, Long> byOutcome;

    public PartnerFigures(long partnerId, String partner, Map<OrientationState, Long> byOutcome) {
        this.partnerId = partnerId;
        this.partner = partner;
        this.byOutcome = byOutcome.isEmpty() ? new EnumMap<>(OrientationState.class) : new EnumMap<>(byOutcome);
    }

    public long getPartnerId() {
        return partnerId;
    }

    public String getPartner() {
        return partner;
    }

    public long getTotal() {
        return byOutcome.values().stream().mapToLong(Long::longValue).sum();
    }

    public long count(OrientationState outcome) {
        return byOutcome.getOrDefault(outcome, 0L);
    }

    /** For the pages: the count of each outcome by its name. */
    public Map<String, Long> getByOutcome() {
        Map<String, Long> named = new HashMap<>();
        for (OrientationState state : OrientationState.values()) {
            named.put(state.name(), count(state));
        }
        return named;
    }
}
