package fr.fabrikaprojets.application.statistics;

import fr.fabrikaprojets.domain.model.orientation.OrientationState;
import fr.fabrikaprojets.domain.model.project.Field;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the dashboard shows for one filter: the year in figures and by month, the last years, fields,
 * communes, sessions and their attendance, orientations by outcome and partner, delays.
 */
public final class ActivityStatistics implements Serializable {

    private static final long serialVersionUID = 1L;

    private final StatisticsFilter filter;
    private final PeriodFigures year;
    private final List<PeriodFigures> months;
    private final List<PeriodFigures> years;
    private final Map<Field, Long> fields;
    private final List<CommuneFigures> communes;
    private final List<SessionAttendance> sessions;
    private final Map<OrientationState, Long> outcomes;
    private final long oriented;
    private final List<PartnerFigures> partners;
    private final Delay toPresentation;
    private final Delay toRealisation;
    private final Instant computedAt;

    public ActivityStatistics(Instant computedAt, StatisticsFilter filter, PeriodFigures year, List<PeriodFigures> months,
            List<PeriodFigures> years, Map<Field, Long> fields, List<CommuneFigures> communes,
            List<SessionAttendance> sessions, Map<OrientationState, Long> outcomes, long oriented,
            List<PartnerFigures> partners, Delay toPresentation, Delay toRealisation) {
        this.filter = filter;
        this.year = year;
        this.months = List.copyOf(months);
        this.years = List.copyOf(years);
        this.fields = Map.copyOf(fields);
        this.communes = List.copyOf(communes);
        this.sessions = List.copyOf(sessions);
        this.outcomes = Map.copyOf(outcomes);
        this.oriented = oriented;
        this.partners = List.copyOf(partners);
        this.toPresentation = toPresentation;
        this.toRealisation = toRealisation;
        this.computedAt = computedAt;
    }

    /** When these figures were counted: the dashboard keeps them a few minutes (see {@code ActivityCache}). */
    public Instant getComputedAt() {
        return computedAt;
    }

    public StatisticsFilter getFilter() {
        return filter;
    }

    /** The year counted (for the pages: their expression language does not read records). */
    public int getCounted() {
        return filter.year();
    }

    /** The whole year's figures. */
    public PeriodFigures getYear() {
        return year;
    }

    /** January to December of the year. */
    public List<PeriodFigures> getMonths() {
        return months;
    }

    /** Up to ten years, ending with the filter's. */
    public List<PeriodFigures> getYears() {
        return years;
    }

    /** Projects received in the year, by field; each field once, 0 included. */
    public long received(Field field) {
        return fields.getOrDefault(field, 0L);
    }

    /** The platform's communes in name order (only the filter's commune when it has one). */
    public List<CommuneFigures> getCommunes() {
        return communes;
    }

    public List<SessionAttendance> getSessions() {
        return sessions;
    }

    public long getSessionsHeld() {
        return sessions.stream().filter(SessionAttendance::isHeld).count();
    }

    /** People marked present, summed over the year's sessions. */
    public long getAttendance() {
        return sessions.stream().mapToLong(SessionAttendance::getPeople).sum();
    }

    /** Partner organisations represented, summed over the year's sessions. */
    public long getOrganisationsRepresented() {
        return sessions.stream().mapToLong(SessionAttendance::getOrganisations).sum();
    }

    /** Projects oriented in the year with an orientation in this outcome; each outcome once, 0 included. */
    public long oriented(OrientationState outcome) {
        return outcomes.getOrDefault(outcome, 0L);
    }

    /** Projects oriented in the year, whatever the partner and the outcome. */
    public long getOriented() {
        return oriented;
    }

    /** The partners most oriented to in the year, most first. */
    public List<PartnerFigures> getPartners() {
        return partners;
    }

    public Delay getToPresentation() {
        return toPresentation;
    }

    public Delay getToRealisation() {
        return toRealisation;
    }
}
