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
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * An inhabitant far from institutional French, in a real browser: switches the public pages to their easy-to-read
 * version, which follows them from the home page to the calendar and the idea form (short sentences, pictograms,
 * larger type), sends an idea with a phone number only, then switches back. Every page passes axe-core's WCAG 2.1 AA
 * rules in both versions. The switch only ever leads back to a page of Fabrik.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EasyReadJourneyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEar();
    }

    @Test
    void theEasyReadVersionFollowsTheVisitorThroughThePublicPages() {
        try (Browser inhabitant = new Browser(Http.DEFAULT_BASE)) {
            WebDriver driver = inhabitant.driver();
            inhabitant.open("/");
            inhabitant.waitForText("Une idée ? Un projet ? Une envie de faire ?");
            driver.findElement(By.id("easyReadSwitch")).click();
            inhabitant.waitForText("Comment ça marche ?");
            assertTrue(inhabitant.text().contains("Nous vous appelons pour en parler."));
            assertTrue(driver.findElement(By.tagName("body")).getAttribute("class").contains("falc"),
                    "larger type and spacing");
            assertEquals(5, driver.findElements(By.cssSelector(".falc-steps img.pictogram")).size(),
                    "a pictogram beside each step");
            inhabitant.assertAccessible("home-easy-read");

            driver.findElement(By.id("calendar-link")).click();
            inhabitant.waitForText("Il y a une réunion chaque mois.");
            inhabitant.assertAccessible("calendar-easy-read");

            inhabitant.open("/idee.xhtml");
            inhabitant.waitForText("Racontez votre idée avec vos mots.");
            assertTrue(inhabitant.text().contains("Donnez un téléphone ou une adresse e-mail. Un seul suffit."));
            inhabitant.assertAccessible("idea-easy-read");
            driver.findElement(By.xpath("//label[normalize-space()='Un ou des habitants']")).click();
            driver.findElement(By.id("idea:holderName")).sendKeys("Mme Diallo");
            driver.findElement(By.id("idea:phone")).sendKeys("06 55 44 33 22");
            driver.findElement(By.id("idea:title")).sendKeys("Repas partagé " + System.nanoTime() % 100000);
            driver.findElement(By.id("idea:ideaText")).sendKeys("Un repas avec les voisins une fois par mois.");
            driver.findElement(By.id("idea:aim")).sendKeys("Les voisins de la rue.");
            driver.findElement(By.xpath("//label[normalize-space()='Social']")).click();
            inhabitant.choose("idea:commune", "Avion (62210)");
            driver.findElement(By.cssSelector("#idea\\:consent .ui-chkbox-box")).click();
            driver.findElement(By.id("idea:send")).click();
            inhabitant.waitForText("Merci, votre idée est bien arrivée");

            driver.findElement(By.id("easyReadSwitch")).click();
            inhabitant.open("/");
            inhabitant.waitForText("Une idée ? Un projet ? Une envie de faire ?");
            assertFalse(inhabitant.text().contains("Comment ça marche ?"), "back to the usual version");
        }
    }

    @Test
    void theSwitchNeverLeadsToAnotherSite() {
        Http visitor = new Http();
        for (String trap : new String[] {"//example.org/piege", "/%09/example.org/?a=://", "/%5Cexample.org",
            "https://example.org/", "/.//example.org"}) {
            HttpResponse<String> elsewhere = visitor.get("/lecture-facile?activer=1&retour=" + trap);
            String landed = elsewhere.uri().toString();
            assertTrue(landed.startsWith(Http.DEFAULT_BASE + "/") && !landed.contains("example.org"),
                    trap + " leads home, not away: " + landed);
            assertTrue(elsewhere.body().contains("Comment ça marche ?"), "the home page, in easy-read");
        }
        HttpResponse<String> back = visitor.get("/lecture-facile?activer=0&retour=/reunions/calendrier.xhtml");
        assertTrue(back.uri().getPath().endsWith("/reunions/calendrier.xhtml"));
        assertFalse(back.body().contains("Il y a une réunion chaque mois."));
    }
}
