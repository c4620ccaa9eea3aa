package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The two populations at once, end to end, against a real OpenID provider (Keycloak, started here with the example
 * realm of src/keycloak): a member of the federation of social centres signs in through the partners' SSO from
 * Fabrik's login page, lands on the requests made of her federation (an orientation of the demo data), keeps only the
 * role partner although the provider calls her an admin, while a staff member works with her password in another
 * browser; her logout ends her session at the provider too. A provider account named like one of Fabrik's password
 * accounts is refused and acts for nobody. The portal's machine client calls the API with access tokens of the same
 * provider: hers acts for her account, the client's own for no organisation, a forged one for nobody.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SsoLoginIT {

    private static Keycloak keycloak;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEar();
    }

    @BeforeAll
    static void provider() throws Exception {
        keycloak = Keycloak.start();
    }

    @AfterAll
    static void stopProvider() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void aPartnersMemberSignsInThroughTheSsoWhileStaffSignInWithTheirPassword() {
        try (Browser partner = new Browser(Http.DEFAULT_BASE); Browser staff = new Browser(Http.DEFAULT_BASE)) {
            staff.login("agent", "fabrik");
            WebDriver driver = partner.driver();
            partner.open("/connexion.xhtml");
            partner.waitForText("Vous êtes membre d’une association partenaire ?");
            partner.assertAccessible("login-with-sso");
            driver.findElement(By.id("sso-login")).click();
            signInAtProvider(partner, "camille.roux", "camille-sso");
            partner.waitForText("Mes demandes");
            String requests = partner.text();
            assertTrue(requests.contains("camille.roux"), "signed in under her provider's user name");
            assertTrue(requests.contains("Cuisine partagée des familles"),
                    "she acts for the organisation her token names: the orientation made to her federation");

            partner.open("/admin/journal.xhtml");
            partner.waitForText("Accès refusé");
            partner.open("/animation/reunions/calendrier.xhtml");
            partner.waitForText("Accès refusé");

            staff.open("/statistiques/index.xhtml");
            staff.waitForText("en chiffres");
            assertTrue(staff.text().contains("agent"), "the staff member's own session, beside hers");

            partner.open("/espace/demandes.xhtml");
            partner.waitForText("Mes demandes");
            driver.findElement(By.id("signOut")).click();
            partner.waiting().until(ExpectedConditions.urlContains("/fabrik/index.xhtml"));
            partner.open("/espace/demandes.xhtml");
            partner.waitForText("Connectez-vous avec votre identifiant Fabrik.");
            driver.findElement(By.id("sso-login")).click();
            partner.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("password")));
            assertFalse(partner.text().contains("Mes demandes"), "the provider asks again: her session ended there");
        }
    }

    @Test
    void aProviderAccountNamedLikeAPasswordAccountIsRefused() {
        try (Browser homonym = new Browser(Http.DEFAULT_BASE)) {
            homonym.open("/connexion.xhtml");
            homonym.driver().findElement(By.id("sso-login")).click();
            signInAtProvider(homonym, "animatrice", "homonyme-sso");
            homonym.waitForText("un compte de la plateforme porte déjà votre identifiant");
            homonym.assertAccessible("login-sso-refused");
            homonym.open("/animation/reunions/calendrier.xhtml");
            homonym.waitForText("Connectez-vous avec votre identifiant Fabrik.");
        }
    }

    @Test
    void thePortalCallsTheApiWithAnAccessTokenOfTheSso() {
        try (Browser partner = new Browser(Http.DEFAULT_BASE)) {
            partner.open("/connexion.xhtml");
            partner.driver().findElement(By.id("sso-login")).click();
            signInAtProvider(partner, "camille.roux", "camille-sso");
            partner.waitForText("Mes demandes");
        }
        String herToken = token("grant_type", "password", "username", "camille.roux", "password", "camille-sso");
        Http portal = new Http();
        HttpResponse<String> waiting = portal.call("GET", "/api/v1/widgets/my-orientations", null,
                "Authorization", "Bearer " + herToken);
        assertEquals(200, waiting.statusCode(), waiting.body());
        assertTrue(waiting.body().contains("Cuisine partagée des familles"),
                "the token acts for her account and organisation: " + waiting.body());
        assertEquals(403, portal.call("GET", "/api/v1/statistics", null, "Authorization", "Bearer " + herToken)
                .statusCode(), "the provider calls her admin; Fabrik keeps only partner");
        assertTrue(portal.call("GET", "/espace/demandes.xhtml", null, "Authorization", "Bearer " + herToken).body()
                .contains("j_security_check"), "a token opens the API, not the pages");

        String machine = token("grant_type", "client_credentials");
        HttpResponse<String> directory = portal.call("GET", "/api/v1/organisations?size=1", null,
                "Authorization", "Bearer " + machine);
        assertEquals(200, directory.statusCode(), directory.body());
        HttpResponse<String> projects = portal.call("GET", "/api/v1/projects", null,
                "Authorization", "Bearer " + machine);
        assertEquals(200, projects.statusCode(), projects.body());
        assertEquals(0, Http.json(projects).getInt("total"), "a machine of no organisation sees no project");

        HttpResponse<String> forged = portal.call("GET", "/api/v1/organisations", null,
                "Authorization", "Bearer " + herToken.substring(0, herToken.length() - 4) + "AAAA");
        assertEquals(401, forged.statusCode(), forged.body());
        assertFalse(forged.body().contains("Cuisine"));
    }

    /** An access token of the portal's client at the provider's token endpoint. */
    private static String token(String... grant) {
        String[] form = new String[grant.length + 4];
        System.arraycopy(grant, 0, form, 0, grant.length);
        form[grant.length] = "client_id";
        form[grant.length + 1] = "portail";
        form[grant.length + 2] = "client_secret";
        form[grant.length + 3] = "portail-secret";
        HttpResponse<String> response = new Http(Keycloak.REALM_URL).postForm("/protocol/openid-connect/token",
                form);
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response).getString("access_token");
    }

    private static void signInAtProvider(Browser browser, String username, String password) {
        WebDriver driver = browser.driver();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }
}
