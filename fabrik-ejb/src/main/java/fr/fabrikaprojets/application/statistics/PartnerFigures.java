package fr.fabrikaprojets.application.statistics;

import fr.fabrikaprojets.domain.model.orientation.OrientationState;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** The projects oriented towards one partner in the year, in all and by outcome of the orientation. */
public final class PartnerFigures implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long partnerId;
    private final String partner;
    private final long projects;
    private final EnumMap<OrientationState, Long> byOutcome;

    public PartnerFigures(long partnerId, String partner, long projects, Map<OrientationState, Long> byOutcome) {
        this.partnerId = partnerId;
        this.partner = partner;
        this.projects = projects;
        this.byOutcome = byOutcome.isEmpty() ? new EnumMap<>(OrientationState.class) : new EnumMap<>(byOutcome);
    }

    public long getPartnerId() {
        return partnerId;
    }

    public String getPartner() {
        return partner;
    }

    /** The projects oriented towards this partner, whatever came of it. */
    public long getTotal() {
        return projects;
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
