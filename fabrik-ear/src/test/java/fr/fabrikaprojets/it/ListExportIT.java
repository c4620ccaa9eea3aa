package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The list pages' exports over HTTP, as a user's browser asks for them: the same filters as the page give the same
 * rows as the page counts, in CSV or Excel; an export is refused (403, in French) to whom the page's list is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ListExportIT {

    private static final Pattern COUNT = Pattern.compile("(\\d+) fiche\\(s\\) publiée\\(s\\)");
    private static final Pattern ORGANISATIONS = Pattern.compile("(Aucune organisation|Une organisation|(\\d+) organisations)");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEar();
    }

    @Test
    void anExportHoldsWhatTheFilteredListShows() {
        Http staff = new Http();
        staff.login("agent", "fabrik");

        String page = staff.get("/capitalisation/index.xhtml?theme=CULTURE").body();
        Matcher published = COUNT.matcher(page);
        assertTrue(published.find(), page);
        HttpResponse<String> library = staff.get("/capitalisation/export?theme=CULTURE&format=csv");
        assertEquals(200, library.statusCode());
        assertTrue(library.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<List<String>> sheets = csv(library.body());
        assertEquals(List.of("Initiative", "Commune", "Domaines", "Issue", "Close le", "Porteur", "Résumé",
                "Ce qui a marché", "Ce qui a bloqué"), sheets.get(0));
        assertEquals(Integer.parseInt(published.group(1)), sheets.size() - 1, "as many rows as the page counts");
        assertTrue(sheets.stream().skip(1).allMatch(row -> row.get(2).contains("Culturel")), sheets.toString());

        List<List<String>> all = csv(staff.get("/reseau/liste?format=csv").body());
        String filtered = staff.get("/reseau/index.xhtml?theme=CULTURE&commune=62510").body();
        Matcher counted = ORGANISATIONS.matcher(filtered);
        assertTrue(counted.find(), "the directory page counts its organisations");
        List<List<String>> culture = csv(staff.get("/reseau/liste?theme=CULTURE&commune=62510&format=csv").body());
        long expected = counted.group(2) != null ? Long.parseLong(counted.group(2))
                : counted.group(1).startsWith("Une") ? 1 : 0;
        assertEquals(expected, culture.size() - 1, "the directory's filters apply");
        assertTrue(culture.size() < all.size());
        assertTrue(culture.stream().skip(1).allMatch(row -> row.get(3).contains("Culturel")));
        assertTrue(all.get(0).contains("Courriel"), "the team exports the contacts");

        HttpResponse<String> rooms = staff.get("/ressources/export?type=ROOM&format=xlsx");
        assertEquals(200, rooms.statusCode());
        assertTrue(rooms.body().startsWith("PK"), "an Excel workbook is a zip");
        assertTrue(rooms.headers().firstValue("Content-Disposition").orElse("").contains("fabrik-ressources.xlsx"));
        assertTrue(csv(staff.get("/ressources/export?type=ROOM&format=csv").body()).stream().skip(1)
                .allMatch(row -> row.get(1).equals("Salle")));

        Http coordinator = new Http();
        coordinator.login("animatrice", "fabrik");
        HttpResponse<String> inactive = coordinator.get("/projets/suivi/export?quoi=inactifs&format=csv");
        assertEquals(200, inactive.statusCode());
        assertEquals(List.of("Projet", "Commune", "État", "Dernière activité"), csv(inactive.body()).get(0));
        assertEquals(List.of("Action", "Projet", "Responsable", "Échéance"),
                csv(coordinator.get("/projets/suivi/export?quoi=retards&format=csv").body()).get(0));
        assertEquals(200, coordinator.get("/capitalisation/a-decider/export?format=csv").statusCode());
    }

    @Test
    void anExportIsRefusedToWhomTheListIsRefused() {
        Http partner = new Http();
        partner.login("partenaire", "fabrik");
        HttpResponse<String> undecided = partner.get("/capitalisation/a-decider/export?format=csv");
        assertEquals(403, undecided.statusCode());
        assertEquals("Votre compte ne permet pas cette action.", undecided.body());
        assertEquals(403, partner.get("/projets/suivi/export?quoi=inactifs&format=csv").statusCode());
        HttpResponse<String> orientations = partner.get("/espace/demandes/export?quoi=orientations&format=csv");
        assertEquals(200, orientations.statusCode(), "a partner exports the orientations their organisation received");
        assertEquals(List.of("Projet", "Besoin", "Demandé le", "État"), csv(orientations.body()).get(0));

        List<String> directoryHeadings = csv(partner.get("/reseau/liste?format=csv").body()).get(0);
        assertTrue(directoryHeadings.contains("Organisation") && !directoryHeadings.contains("Courriel"),
                "a partner's export of the directory leaves the contacts out: " + directoryHeadings);

        HttpResponse<String> anonymous = new Http().get("/capitalisation/export?format=csv");
        assertFalse(anonymous.body().startsWith("\uFEFF"), "no export without signing in");
        assertTrue(anonymous.body().contains("j_username"), "the login page instead");
    }

    /** A CSV of the exports (BOM, semicolons, quoted cells that may hold line breaks and doubled quotes). */
    private static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString().replace("\r", ""));
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
