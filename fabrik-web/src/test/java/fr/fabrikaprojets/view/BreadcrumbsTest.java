package fr.fabrikaprojets.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BreadcrumbsTest {

    @Test
    void aPageOfASectionLeadsBackToTheSectionAndHome() {
        assertEquals(List.of("/index.xhtml", "/projets/index.xhtml"), paths("/projets/projet.xhtml"));
        assertEquals(List.of("/index.xhtml", "/animation/reunions/calendrier.xhtml"),
                paths("/animation/reunions/modifier.xhtml"));
    }

    @Test
    void aSectionsFirstPageAndAPageOutsideSectionsLeadHomeOnly() {
        assertEquals(List.of("/index.xhtml"), paths("/projets/index.xhtml"));
        assertEquals(List.of("/index.xhtml"), paths("/idee.xhtml"));
        assertEquals(List.of(), paths("/index.xhtml"));
    }

    private static List<String> paths(String viewId) {
        return Breadcrumbs.trailOf(viewId).stream().map(Breadcrumbs.Crumb::getPath).toList();
    }
}
