package fr.fabrikaprojets.application.statistics;

import static fr.fabrikaprojets.domain.model.orientation.OrientationState.ACCEPTED;
import static fr.fabrikaprojets.domain.model.orientation.OrientationState.PROPOSED;
import static fr.fabrikaprojets.domain.model.orientation.OrientationState.REFUSED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrientedProjectsTest {

    private static final long CAF = 1;
    private static final long CCAS = 2;
    private static final long APEI = 3;

    @Test
    void aProjectCountsOnceInAllOncePerOutcomeAndOncePerPartner() {
        OrientedProjects oriented = new OrientedProjects();
        oriented.add(CAF, "CAF", ACCEPTED, 10);
        oriented.add(CAF, "CAF", REFUSED, 10);
        oriented.add(CAF, "CAF", ACCEPTED, 11);
        oriented.add(CCAS, "CCAS Liévin", ACCEPTED, 10);
        oriented.add(APEI, "APEI", PROPOSED, 12);

        assertEquals(3, oriented.total());
        assertEquals(Map.of(ACCEPTED, 2L, REFUSED, 1L, PROPOSED, 1L), oriented.byOutcome());
        List<PartnerFigures> partners = oriented.partners(10);
        assertEquals(List.of("CAF", "APEI", "CCAS Liévin"), partners.stream().map(PartnerFigures::getPartner).toList(),
                "most projects first, then by name");
        assertEquals(2, partners.get(0).getTotal(), "project 10 oriented twice to the CAF is one project for it");
        assertEquals(2, partners.get(0).count(ACCEPTED));
        assertEquals(1, partners.get(0).count(REFUSED));
        assertEquals(0, partners.get(0).count(PROPOSED));
    }

    @Test
    void onlyTheMostOrientedToPartnersAreKept() {
        OrientedProjects oriented = new OrientedProjects();
        oriented.add(CAF, "CAF", ACCEPTED, 10);
        oriented.add(CCAS, "CCAS Liévin", ACCEPTED, 11);
        oriented.add(CCAS, "CCAS Liévin", ACCEPTED, 12);

        assertEquals(List.of(CCAS), oriented.partners(1).stream().map(PartnerFigures::getPartnerId).toList());
    }

    @Test
    void noOrientationCountsNothing() {
        OrientedProjects oriented = new OrientedProjects();

        assertEquals(0, oriented.total());
        assertEquals(Map.of(), oriented.byOutcome());
        assertEquals(List.of(), oriented.partners(15));
    }
}
