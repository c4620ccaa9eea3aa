package fr.fabrikaprojets.application.statistics;

import fr.fabrikaprojets.domain.model.orientation.OrientationState;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The projects oriented in a period, each counted once in all, once per outcome and once per partner, from the
 * period's orientations read one by one: a project oriented twice to the same partner is one project for it, a
 * project oriented to two partners one project in all.
 */
public final class OrientedProjects {

    private final Tally all = new Tally();
    private final Map<Long, Tally> partners = new HashMap<>();
    private final Map<Long, String> partnerNames = new HashMap<>();

    /** One orientation of {@code projectId} towards the partner, in {@code outcome}. */
    public void add(long partnerId, String partnerName, OrientationState outcome, long projectId) {
        all.add(outcome, projectId);
        partners.computeIfAbsent(partnerId, id -> new Tally()).add(outcome, projectId);
        partnerNames.putIfAbsent(partnerId, partnerName);
    }

    /** The projects oriented, whatever the partner and the outcome. */
    public long total() {
        return all.total();
    }

    /** The projects with an orientation in each outcome, whatever the partner; outcomes without any left out. */
    public Map<OrientationState, Long> byOutcome() {
        return all.byOutcome();
    }

    /** The {@code max} partners the most projects were oriented to, most first, then by name. */
    public List<PartnerFigures> partners(int max) {
        return partners.entrySet().stream()
                .map(partner -> new PartnerFigures(partner.getKey(), partnerNames.get(partner.getKey()),
                        partner.getValue().total(), partner.getValue().byOutcome()))
                .sorted(Comparator.comparingLong(PartnerFigures::getTotal).reversed()
                        .thenComparing(PartnerFigures::getPartner))
                .limit(max).toList();
    }

    /** The projects of some orientations, in all and by outcome. */
    private static final class Tally {

        private final Set<Long> projects = new HashSet<>();
        private final Map<OrientationState, Set<Long>> byOutcome = new EnumMap<>(OrientationState.class);

        void add(OrientationState outcome, long projectId) {
            projects.add(projectId);
            byOutcome.computeIfAbsent(outcome, state -> new HashSet<>()).add(projectId);
        }

        long total() {
            return projects.size();
        }

        Map<OrientationState, Long> byOutcome() {
            Map<OrientationState, Long> counts = new EnumMap<>(OrientationState.class);
            byOutcome.forEach((outcome, oriented) -> counts.put(outcome, (long) oriented.size()));
            return counts;
        }
    }
}
