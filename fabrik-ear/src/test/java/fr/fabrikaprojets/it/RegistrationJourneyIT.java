package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Registering for a session from its public page in a real browser, then the coordinator's page of registrations:
 * who came, and the sign-in sheet. Uses the first session of next year's calendar (the demo generates it).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrationJourneyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEar();
    }

    @Test
    void anInhabitantRegistersAndTheCoordinatorRecordsThatTheyCame() {
        int nextYear = LocalDate.now(ZoneId.of("Europe/Paris")).getYear() + 1;
        String name = "Nour El Amrani " + System.nanoTime() % 10000;
        try (Browser browser = new Browser(Http.DEFAULT_BASE)) {
            WebDriver driver = browser.driver();
            browser.open("/reunions/calendrier.xhtml?annee=" + nextYear);
            driver.findElement(By.cssSelector("a[href*='reunion.xhtml?id=']")).click();
            browser.waitForText("S’inscrire à cette réunion");
            String sessionPage = driver.getCurrentUrl();
            driver.findElement(By.id("registration:name")).sendKeys(name);
            new Select(driver.findElement(By.id("registration:kind"))).selectByValue("HOLDER");
            driver.findElement(By.id("registration:doRegister")).click();
            browser.waitForText("Indiquez une adresse e-mail ou un numéro de téléphone");

            driver.findElement(By.id("registration:phone")).sendKeys("06 12 34 56 78");
            driver.findElement(By.id("registration:doRegister")).click();
            browser.waitForText("Votre accord est nécessaire");
            assertEquals(name, driver.findElement(By.id("registration:name")).getAttribute("value"),
                    "nothing typed is lost");
            driver.findElement(By.id("registration:consent")).click();
            driver.findElement(By.id("registration:doRegister")).click();
            browser.waitForText("Votre inscription est enregistrée. À bientôt !");
            browser.screenshot("registration-public");

            browser.login("animatrice", "fabrik");
            browser.waitForText("Connecté·e : animatrice");
            driver.get(sessionPage);
            driver.findElement(By.id("manageRegistrations")).click();
            browser.waitForText("Inscriptions et présences");
            browser.assertAccessible("registrations");
            driver.findElement(By.xpath("//tr[td[normalize-space()='" + name + "']]//input[@type='checkbox']"))
                    .click();
            driver.findElement(By.id("attendance:saveAttendance")).click();
            browser.waitForText("Les présences sont enregistrées.");
            assertTrue(driver.findElement(By.xpath("//tr[td[normalize-space()='" + name
                    + "']]//input[@type='checkbox']")).isSelected(), "recorded as present");
            browser.screenshot("registration-roll");
            String sheet = driver.findElement(By.id("signInSheet")).getAttribute("href");

            Http coordinator = new Http();
            coordinator.login("animatrice", "fabrik");
            HttpResponse<String> pdf = coordinator.get(sheet.substring(sheet.indexOf("/animation/")));
            assertEquals(200, pdf.statusCode());
            assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
            assertTrue(pdf.body().startsWith("%PDF-"));
        }
    }
}
