package fr.fabrikaprojets.view.projets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.fabrikaprojets.application.ProjectFile.Choices;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProjectTabTest {

    @Test
    void eachTabIsAtTheAddressItsLinkGives() {
        for (ProjectTab tab : ProjectTab.values()) {
            String query = tab.getQuery();
            assertEquals(tab, ProjectTab.at(query.isEmpty() ? null : query.substring("&partie=".length())), query);
        }
        assertEquals("&partie=avis", ProjectTab.ADVICE.getQuery());
        assertEquals("", ProjectTab.SUMMARY.getQuery(), "the summary is the project's own address");
    }

    @Test
    void anAddressNoTabHasShowsTheSummary() {
        assertEquals(ProjectTab.SUMMARY, ProjectTab.at(null));
        assertEquals(ProjectTab.SUMMARY, ProjectTab.at("AVIS"));
        assertEquals(ProjectTab.SUMMARY, ProjectTab.at("<script>"));
    }

    @Test
    void aFormOpensInTheTabThatHoldsIt() {
        assertEquals(ProjectTab.SUMMARY, ProjectTab.holding("etat"));
        assertEquals(ProjectTab.PRESENTATIONS, ProjectTab.holding("passage"));
        assertEquals(ProjectTab.ADVICE, ProjectTab.holding("avis"));
        assertEquals(ProjectTab.ORIENTATIONS, ProjectTab.holding("orientation"));
        assertEquals(ProjectTab.ORIENTATIONS, ProjectTab.holding("suivi"), "an orientation's follow-up too");
        assertEquals(ProjectTab.ACTIONS, ProjectTab.holding("action"));
        assertEquals(ProjectTab.DOCUMENTS, ProjectTab.holding("document"));
        assertNull(ProjectTab.holding("reservations"), "the resources' tab holds no form of its own");
        assertNull(ProjectTab.holding(null));
    }

    @Test
    void aFormOpenReadsTheChoicesItOffersAndNoOtherForm() {
        assertEquals(Set.of(Choices.SESSIONS), ProjectTab.choicesOf("passage"), "the sessions to present at");
        assertEquals(Set.of(Choices.EXPERTS), ProjectTab.choicesOf("avis"), "the partners to ask");
        assertEquals(Set.of(Choices.PRESENTED_SESSIONS), ProjectTab.choicesOf("orientation"));
        assertEquals(Set.of(), ProjectTab.choicesOf("suivi"), "an orientation's follow-up offers its next states");
        assertEquals(Set.of(), ProjectTab.choicesOf("etat"));
        assertEquals(Set.of(), ProjectTab.choicesOf(null), "no form open");
        assertEquals(Set.of(), ProjectTab.choicesOf("<script>"));
    }
}
