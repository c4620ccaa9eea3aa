package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;

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

        HttpResponse<String> loggedOut = browser.postForm("/deconnexion",
                "csrf_token", FormTokens.of(planning.body()).formToken());
        assertTrue(loggedOut.body().contains("Vous êtes déconnecté·e."), "back on the home page");
        assertFalse(browser.get(PLANNING).body().contains("Retirer ce mois"), "the session is gone");
    }

    /** Another site's page cannot sign someone out behind their back, nor can a mere visit of the address. */
    @Test
    void signingOutTakesTheSessionsTokenAndAPost() {
        Http browser = new Http();
        browser.login("animatrice", "fabrik");
        List<String> forged = new ArrayList<>(HostileValues.VALUES);
        forged.add(FormTokens.signInToken(new Http().get(PLANNING).body()));
        for (String sent : forged) {
            HttpResponse<String> refused = browser.postForm("/deconnexion", "csrf_token", sent);
            assertEquals(400, refused.statusCode(), "token " + sent.substring(0, Math.min(sent.length(), 40)));
            assertTrue(refused.body().contains("Page expirée") || refused.body().contains("caractère invisible"),
                    refused.body());
        }
        HttpResponse<String> visited = browser.get("/deconnexion");
        assertEquals(200, visited.statusCode());
        assertFalse(visited.body().contains("Vous êtes déconnecté·e."));
        assertTrue(browser.get(PLANNING).body().contains("Retirer ce mois"), "still signed in");

        HttpResponse<String> anonymous = new Http().postForm("/deconnexion");
        assertTrue(anonymous.body().contains("Vous êtes déconnecté·e."), "nothing to do, no error");
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
        assertTrue(page.headers().firstValue("X-Frame-Options").isEmpty(),
                "the portal of this server (FABRIK_PORTAL_ORIGIN) frames Fabrik: X-Frame-Options could not name it");
        String policy = onePolicy(page);
        for (String directive : List.of("default-src 'self'", "object-src 'none'", "base-uri 'self'",
                "form-action 'self'", "frame-ancestors 'self' https://intranet.example.fr")) {
            assertTrue(policy.contains(directive), directive + " in " + policy);
        }
        assertTrue(policy.matches(".*script-src 'self' 'nonce-[^']+'.*"), "PrimeFaces' nonce in the policy: " + policy);
        assertFalse(policy.contains("unsafe-eval") || policy.matches(".*script-src[^;]*unsafe-inline.*"), policy);
        assertTrue(page.headers().firstValue("Strict-Transport-Security").isEmpty(), "HSTS is for HTTPS only");

        HttpResponse<String> servedInPlace = browser.get(PLANNING);
        assertTrue(servedInPlace.body().contains("j_security_check"));
        assertEquals("nosniff", servedInPlace.headers().firstValue("X-Content-Type-Options").orElse(""),
                "the sign-in page served in place of a protected one");
        assertTrue(onePolicy(servedInPlace).contains("'nonce-"), onePolicy(servedInPlace));
        String apiPolicy = onePolicy(browser.get("/api/v1/sessions?year=2021", "application/json"));
        assertTrue(apiPolicy.contains("default-src 'self'") && apiPolicy.endsWith("script-src 'self'"), apiPolicy);

        HttpResponse<String> loggedIn = browser.login("animatrice", "fabrik");
        String cookies = String.join(" ; ", loggedIn.previousResponse().map(r -> r.headers().allValues("Set-Cookie"))
                .orElse(List.of()));
        assertTrue(cookies.contains("JSESSIONID") && cookies.contains("HttpOnly") && cookies.contains("SameSite=Lax"),
                cookies);
        assertFalse(cookies.toLowerCase(Locale.ROOT).contains("secure"), "a Secure cookie would never come back over plain HTTP: " + cookies);
    }

    @Test
    void overHttpsBrowsersAreToldToStayThereAndTheSessionCookieIsSecure() {
        Http browser = Http.overTls();
        HttpResponse<String> page = browser.get("/connexion.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="),
                page.headers().map().toString());
        HttpResponse<String> loggedIn = browser.login("animatrice", "fabrik");
        assertTrue(loggedIn.body().contains("Connecté·e : animatrice"));
        String cookies = String.join(" ; ", loggedIn.previousResponse().map(r -> r.headers().allValues("Set-Cookie"))
                .orElse(List.of()));
        assertTrue(cookies.contains("JSESSIONID") && cookies.contains("; secure") && cookies.contains("HttpOnly"),
                cookies);
    }

    @Test
    void aBrowserRunsFabriksOwnScriptsAndRefusesWhatAnInjectionWouldSlipIntoAPage() throws InterruptedException {
        try (Browser browser = new Browser(Http.DEFAULT_BASE)) {
            browser.open("/idee.xhtml");
            JavascriptExecutor page = (JavascriptExecutor) browser.driver();
            assertEquals(true, page.executeScript("return typeof PrimeFaces !== 'undefined';"),
                    "PrimeFaces' scripts carry the page's nonce and run");
            assertTrue(browser.refusedByPolicy().isEmpty(), String.valueOf(browser.refusedByPolicy()));
            page.executeScript("const script = document.createElement('script');"
                    + "script.textContent = 'window.injected = true;'; document.body.appendChild(script);"
                    + "const pixel = document.createElement('img'); pixel.src = 'https://tracker.example/p.png';"
                    + "document.body.appendChild(pixel);");
            for (int tries = 0; tries < 50 && browser.refusedByPolicy().size() < 2; tries++) {
                Thread.sleep(100);
            }
            String refused = String.join(" | ", browser.refusedByPolicy());
            assertTrue(refused.contains("script-src") && refused.contains("img-src https://tracker.example"),
                    refused);
            assertEquals(true, page.executeScript("return typeof window.injected === 'undefined';"),
                    "the injected script did not run");
        }
    }

    @Test
    void aSignInPostedWithoutItsFormsTokenIsRefusedAndSignsNoOneIn() {
        Http visitor = new Http();
        String token = FormTokens.signInToken(visitor.get(PLANNING).body());
        assertFalse(token.isEmpty(), "the sign-in form carries its token");
        for (String sent : List.of("", "wapiti", FormTokens.signInToken(new Http().get(PLANNING).body()))) {
            for (String address : List.of("/j_security_check", "/j_security_chec%6B", "/projets/j_security_check")) {
                HttpResponse<String> forged = visitor.postForm(address, "j_username", "animatrice", "j_password",
                        "fabrik", "csrf_token", sent);
                assertTrue(forged.body().contains("Cette page de connexion avait expiré ou ne venait pas de Fabrik"),
                        address + " with the token « " + sent + " »: " + forged.body());
                assertTrue(visitor.get(PLANNING).body().contains("j_security_check"), "still signed out");
            }
        }
        HttpResponse<String> own = visitor.postForm("/j_security_check", "j_username", "animatrice", "j_password",
                "fabrik", "csrf_token", token);
        assertTrue(own.body().contains("Connecté·e : animatrice"), "with the token of its own sign-in page");
    }

    @Test
    void namesOfBackupsAndArchivesAreNotFoundEvenUnderAProtectedFolder() {
        for (Http visitor : List.of(new Http(), signedIn())) {
            for (String path : List.of("/animation/reunions/calendrier.xhtml.bak", "/animation/reunions/calendrier~",
                    "/projets/index.xhtml.old", "/projets/.index.xhtml.swp", "/admin/backup.sql", "/index.tar.gz")) {
                HttpResponse<String> answer = visitor.get(path);
                assertEquals(404, answer.statusCode(), path);
                assertTrue(answer.body().contains("Page introuvable"), path + ": the French page, not the sign-in");
            }
        }
    }

    private static Http signedIn() {
        Http coordinator = new Http();
        coordinator.login("animatrice", "fabrik");
        return coordinator;
    }

    /** The page's one security policy: two headers would each be enforced, and a reader would see only one. */
    private static String onePolicy(HttpResponse<String> page) {
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), page.uri() + ": " + policies);
        return policies.get(0);
    }
}
