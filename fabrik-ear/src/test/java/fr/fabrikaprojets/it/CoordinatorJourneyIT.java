package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The coordinator's journey in a real browser: plan a year, remove a month (after confirming), decide a session's
 * place, switch another to videoconference, cancel one with a reason; the public calendar shows the result.
 * Works on 2045 of Lens-Liévin, which no other test touches.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoordinatorJourneyIT {

    private static final String YEAR = "2045";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEar();
    }

    @Test
    void theCoordinatorPlansAYearAndEditsItsSessions() {
        try (Browser browser = new Browser(Http.DEFAULT_BASE)) {
            WebDriver driver = browser.driver();
            browser.login("animatrice", "fabrik");
            browser.open("/animation/reunions/calendrier.xhtml?annee=" + YEAR);
            browser.waitForText("Planifier le calendrier " + YEAR);

            driver.findElement(By.id("planning:generateYear")).click();
            browser.waitForText("12 réunion(s) ajoutée(s) au calendrier " + YEAR);
            assertTrue(browser.text().contains("Vendredi 28 juillet 2045"));

            driver.findElement(By.xpath("//tr[th[normalize-space()='Juillet']]//button[contains(@id,'remove')]"))
                    .click();
            clickVisible(browser, ".ui-confirmdialog-yes");
            browser.waitForText("Le mois de Juillet a été retiré du calendrier.");
            assertFalse(browser.text().contains("Vendredi 28 juillet 2045"));
            browser.screenshot("planning-" + YEAR);

            edit(browser, "Janvier");
            driver.findElement(By.xpath("//label[normalize-space()='Visioconférence']")).click();
            driver.findElement(By.id("edit:videoLink")).sendKeys("https://visio.example.org/janvier");
            driver.findElement(By.id("edit:save")).click();
            browser.waitForText("La réunion a été enregistrée.");
            assertTrue(browser.text().contains("https://visio.example.org/janvier"));

            edit(browser, "Février");
            browser.choose("edit:commune", "Liévin (62800)");
            driver.findElement(By.id("edit:venue")).sendKeys("Centre social Arc-en-ciel");
            browser.screenshot("edit-" + YEAR);
            driver.findElement(By.id("edit:save")).click();
            browser.waitForText("La réunion a été enregistrée.");
            assertTrue(browser.text().contains("Centre social Arc-en-ciel, 62800 Liévin"));

            edit(browser, "Mars");
            driver.findElement(By.id("status:reason")).sendKeys("Salle indisponible");
            driver.findElement(By.id("status:cancel")).click();
            clickVisible(browser, ".ui-confirmdialog-yes");
            browser.waitForText("La réunion est annulée.");
            assertTrue(browser.text().contains("Salle indisponible"));

            browser.open("/reunions/calendrier.xhtml?annee=" + YEAR);
            String calendar = browser.text();
            assertTrue(calendar.contains("Visioconférence"), calendar);
            assertTrue(calendar.contains("Centre social Arc-en-ciel, 62800 Liévin"), calendar);
            assertTrue(calendar.contains("Annulée"), calendar);
            assertFalse(calendar.contains("juillet 2045"), calendar);
            browser.screenshot("calendar-" + YEAR);
        }
    }

    private static void edit(Browser browser, String month) {
        browser.open("/animation/reunions/calendrier.xhtml?annee=" + YEAR);
        browser.driver().findElement(By.xpath("//tr[th[normalize-space()='" + month + "']]//a[contains(@class,'edit-link')]"))
                .click();
        browser.waitForText("Modifier la réunion du");
    }

    private static void clickVisible(Browser browser, String css) {
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }
}
