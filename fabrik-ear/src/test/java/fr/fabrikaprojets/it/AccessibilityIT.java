package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core's WCAG 2.1 A and AA rules on every page Fabrik has, anonymous, as the coordinator and (for the audit trail)
 * as an administrator: 0 violations.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

    private static final List<String> PUBLIC_PAGES = List.of("/", "/reunions/calendrier.xhtml?annee=2021",
            "/reunions/reunion.xhtml?id=1", "/idee.xhtml", "/connexion.xhtml", "/erreur/404.xhtml",
            "/widgets/prochaine-reunion.xhtml", "/temps-forts/index.xhtml", "/capitalisation/index.xhtml");
    private static final List<String> ADMIN_PAGES = List.of("/admin/journal.xhtml",
            "/admin/journal.xhtml?type=Organisation&du=2020-01-01", "/admin/registre.xhtml",
            "/admin/donnees-personnelles.xhtml", "/admin/plateformes.xhtml",
            "/admin/plateformes.xhtml?code=lens-lievin");
    private static final List<String> COORDINATOR_PAGES = List.of("/espace/index.xhtml",
            "/animation/reunions/calendrier.xhtml?annee=2021", "/animation/reunions/modifier.xhtml?id=2",
            "/projets/index.xhtml", "/projets/saisir.xhtml", "/projets/suivi.xhtml", "/reunions/reunion.xhtml?id=1",
            "/animation/reunions/inscrits.xhtml?id=2", "/espace/preferences.xhtml", "/reseau/index.xhtml",
            "/reseau/organisation.xhtml", "/reseau/couverture.xhtml", "/reseau/carte.xhtml", "/reseau/a-confirmer.xhtml",
            "/reseau/import.xhtml", "/ressources/index.xhtml", "/ressources/proposer.xhtml",
            "/ressources/demandes.xhtml", "/projets/suggestions.xhtml?id=1", "/capitalisation/index.xhtml",
            "/capitalisation/a-decider.xhtml", "/recherche/index.xhtml?q=jardin", "/widgets/mes-projets.xhtml",
            "/widgets/mes-orientations.xhtml", "/projets/projet.xhtml?id=1&partie=reservations");

    /** The forms a project's page opens one at a time, as {@code saisir} values and the forms' ids. */
    private static final Map<String, String> PROJECT_FORMS = Map.of("etat", "state", "passage", "book",
            "avis", "askAdvice", "orientation", "orient", "action", "addAction", "document", "attach");

    /** The pages people open from a phone or zoomed in: the public ones and the coordinator's daily ones. */
    private static final List<String> REFLOW_PAGES = List.of("/index.xhtml", "/reunions/calendrier.xhtml?annee=2021",
            "/reunions/reunion.xhtml?id=1", "/idee.xhtml", "/temps-forts/index.xhtml", "/capitalisation/index.xhtml",
            "/projets/index.xhtml", "/projets/projet.xhtml?id=1", "/espace/demandes.xhtml", "/reseau/index.xhtml",
            "/ressources/index.xhtml", "/widgets/prochaine-reunion.xhtml");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEar();
    }

    @Test
    void everyPageMeetsWcag21AandAA() {
        List<String> violations = new ArrayList<>();
        try (Browser browser = new Browser(Http.DEFAULT_BASE)) {
            for (String page : PUBLIC_PAGES) {
                browser.open(page);
                browser.accessibilityViolations().forEach(v -> violations.add(page + " — " + v));
                rawKeys(browser, page, violations);
            }
            browser.login("animatrice", "fabrik");
            for (String page : COORDINATOR_PAGES) {
                browser.open(page);
                browser.accessibilityViolations().forEach(v -> violations.add(page + " (animatrice) — " + v));
                rawKeys(browser, page, violations);
            }
            PROJECT_FORMS.forEach((opened, form) -> {
                String page = "/projets/projet.xhtml?id=1&saisir=" + opened;
                browser.open(page);
                if (browser.driver().findElements(By.id(form)).isEmpty()) {
                    violations.add(page + " (animatrice) — le formulaire " + form + " n’est pas ouvert");
                }
                browser.accessibilityViolations().forEach(v -> violations.add(page + " (animatrice) — " + v));
                rawKeys(browser, page, violations);
            });
            browser.open("/capitalisation/index.xhtml");
            browser.driver().findElement(By.cssSelector("#sheets h2 a")).click();
            browser.waitForText("Ce qui a marché");
            browser.accessibilityViolations().forEach(v -> violations.add("experience sheet (animatrice) — " + v));
        }
        try (Browser browser = new Browser(Http.DEFAULT_BASE)) {
            browser.login("admin", "fabrik");
            browser.waitForText("Connecté·e : admin");
            for (String page : ADMIN_PAGES) {
                browser.open(page);
                browser.accessibilityViolations().forEach(v -> violations.add(page + " (admin) — " + v));
            }
            browser.open("/admin/donnees-personnelles.xhtml");
            browser.driver().findElement(By.id("search:who")).sendKeys("03 21 00 00 00");
            browser.driver().findElement(By.id("search:find")).click();
            browser.waitForText("Ce que Fabrik détient sur 0321000000");
            browser.accessibilityViolations().forEach(v -> violations.add("personal data found (admin) — " + v));
        }
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    @Test
    void everyPageSpeaksEnglishToAnEnglishBrowserWithoutARawKey() {
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(Http.DEFAULT_BASE, "en-GB")) {
            browser.open("/");
            assertTrue(browser.text().contains("Next meeting"), browser.text());
            for (String page : PUBLIC_PAGES) {
                browser.open(page);
                rawKeys(browser, page, problems);
            }
            browser.login("animatrice", "fabrik");
            for (String page : COORDINATOR_PAGES) {
                browser.open(page);
                rawKeys(browser, page + " (animatrice)", problems);
            }
            for (String opened : PROJECT_FORMS.keySet()) {
                browser.open("/projets/projet.xhtml?id=1&saisir=" + opened);
                rawKeys(browser, "/projets/projet.xhtml?id=1&saisir=" + opened + " (animatrice)", problems);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyPageReflowsAtTwiceTheZoomAndOnAPhoneWithoutScrollingSideways() {
        List<String> overflowing = new ArrayList<>();
        try (Browser browser = new Browser(Http.DEFAULT_BASE)) {
            browser.login("animatrice", "fabrik");
            // 640 CSS pixels: a 1280-pixel screen at 200 % zoom; 480: a phone held upright, as narrow as headless
            // Chromium opens a window (it widens anything narrower to about 500).
            for (int width : new int[] {640, 480}) {
                browser.driver().manage().window().setSize(new Dimension(width, 900));
                // The first page after a resize may be laid out for the former width: one page to settle.
                browser.open("/connexion.xhtml");
                List<String> pages = new ArrayList<>(REFLOW_PAGES);
                PROJECT_FORMS.keySet().forEach(opened -> pages.add("/projets/projet.xhtml?id=1&saisir=" + opened));
                for (String page : pages) {
                    browser.open(page);
                    Number extra = (Number) ((JavascriptExecutor) browser.driver()).executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                    if (extra.intValue() > 1) {
                        overflowing.add(page + " à " + width + " px : " + extra + " px de trop en largeur");
                    }
                    rawKeys(browser, page, overflowing);
                }
            }
        }
        assertTrue(overflowing.isEmpty(), String.join("\n", overflowing));
    }

    /** A key missing from a bundle shows as ???key??? (or the key itself for a dynamic one). */
    /** A raw key, or the error page where the page was expected (an error page is accessible too). */
    private static void rawKeys(Browser browser, String page, List<String> problems) {
        String text = browser.text();
        if (text.contains("Une erreur inattendue est survenue") || text.contains("An unexpected error occurred")) {
            problems.add(page + " : page d’erreur");
        }
        if (text.contains("???")) {
            int at = text.indexOf("???");
            problems.add(page + " : clé brute « " + text.substring(at, Math.min(text.length(), at + 60)) + " »");
        }
    }
}
