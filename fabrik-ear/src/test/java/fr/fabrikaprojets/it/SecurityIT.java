package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Container-managed security seen from a browser: FORM login in French, roles on pages, logout. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    private static final String PLANNING = "/animation/reunions/calendrier.xhtml?annee=2021";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEar();
    }

    @Test
    void anonymousVisitorsGetTheFrenchLoginPageInsteadOfACoordinatorPage() {
        HttpResponse<String> response = new Http().get(PLANNING);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("j_security_check"));
        assertTrue(response.body().contains("Mot de passe"));
        assertFalse(response.body().contains("Retirer ce mois"));
    }

    @Test
    void publicPagesNeedNoLogin() {
        Http anonymous = new Http();
        HttpResponse<String> calendar = anonymous.get("/reunions/calendrier.xhtml?annee=2021");
        assertEquals(200, calendar.statusCode());
        assertTrue(calendar.body().contains("Vendredi 26 février 2021"));
        assertTrue(calendar.body().contains("Vendredi 17 décembre 2021"));
        assertFalse(calendar.body().contains("Vendredi 31 décembre 2021"));
        assertTrue(anonymous.get("/").body().contains("Une idée ? Un projet ?"));
    }

    @Test
    void aWrongPasswordIsRefusedWithAFrenchMessage() {
        Http browser = new Http();
        HttpResponse<String> response = browser.login("animatrice", "pas-le-bon");
        assertTrue(response.body().contains("Identifiant ou mot de passe incorrect."));
        assertFalse(browser.get(PLANNING).body().contains("Retirer ce mois"));
    }

    @Test
    void theCoordinatorPlansTheCalendarAndLogsOut() {
        Http browser = new Http();
        HttpResponse<String> planning = browser.login("animatrice", "fabrik");
        assertEquals(200, planning.statusCode());
        assertTrue(planning.body().contains("Retirer ce mois"), "the planning page after login");
        assertTrue(planning.body().contains("Connecté·e : animatrice"));

        String viewState = between(planning.body(), "name=\"jakarta.faces.ViewState\" id=\"j_id1:jakarta.faces.ViewState:0\" value=\"", "\"");
        HttpResponse<String> loggedOut = browser.postForm("/animation/reunions/calendrier.xhtml?annee=2021",
                "logout", "logout", "logout:submit", "Se déconnecter", "jakarta.faces.ViewState", viewState);
        assertTrue(loggedOut.body().contains("Vous êtes déconnecté·e."), "back on the home page");
        assertFalse(browser.get(PLANNING).body().contains("Retirer ce mois"), "the session is gone");
    }

    @Test
    void theAdministratorMayPlanToo() {
        assertTrue(new Http().login("admin", "fabrik").body().contains("Retirer ce mois"));
    }

    @Test
    void staffAndPartnersAreRefusedTheCoordinatorsPagesInFrench() {
        for (String user : new String[] {"agent", "partenaire"}) {
            Http browser = new Http();
            HttpResponse<String> response = browser.login(user, "fabrik");
            assertEquals(403, response.statusCode(), user);
            assertTrue(response.body().contains("Accès refusé"), user);
            assertEquals(200, browser.get("/reunions/calendrier.xhtml").statusCode(), user + " still reads the calendar");
        }
    }

    @Test
    void staffReadTheHistoryOfASessionAndAnonymousVisitorsDoNot() {
        String anonymousPage = new Http().get("/reunions/reunion.xhtml?id=1").body();
        assertFalse(anonymousPage.contains("Historique des modifications"));
        Http staff = new Http();
        staff.login("agent", "fabrik");
        String staffPage = staff.get("/reunions/reunion.xhtml?id=1").body();
        assertTrue(staffPage.contains("Historique des modifications"));
        assertFalse(staffPage.contains("Modifier cette réunion"));
    }

    @Test
    void pagesCarryTheSecurityHeadersAndTheSessionCookieIsHttpOnlyAndSameSite() {
        Http browser = new Http();
        HttpResponse<String> page = browser.get("/connexion.xhtml");
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("strict-origin-when-cross-origin", page.headers().firstValue("Referrer-Policy").orElse(""));
        String policies = String.join(" ; ", page.headers().allValues("Content-Security-Policy"));
        assertTrue(policies.contains("frame-ancestors 'self'"), policies);
        assertTrue(policies.contains("script-src") && policies.contains("nonce-"), "PrimeFaces' nonce policy: " + policies);
        HttpResponse<String> loggedIn = browser.login("animatrice", "fabrik");
        String cookies = String.join(" ; ", loggedIn.previousResponse().map(r -> r.headers().allValues("Set-Cookie"))
                .orElse(java.util.List.of()));
        assertTrue(cookies.contains("JSESSIONID") && cookies.contains("HttpOnly") && cookies.contains("SameSite=Lax"),
                cookies);
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        if (from < 0) {
            throw new AssertionError("« " + start + " » absent de la page");
        }
        from += start.length();
        return text.substring(from, text.indexOf(end, from));
    }
}
