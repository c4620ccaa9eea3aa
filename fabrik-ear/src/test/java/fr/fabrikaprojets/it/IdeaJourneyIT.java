package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.openqa.selenium.support.ui.Select;

/**
 * An idea's first steps in a real browser: an inhabitant sends it through the public form (a mistake first, then
 * corrected), the coordinator finds it in the list filtered by commune, opens it and moves it to "à présenter".
 * Uses the commune of Lens, where no other test sends ideas.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdeaJourneyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEar();
    }

    @Test
    void anIdeaGoesFromThePublicFormToThePlatformsList() {
        String title = "Atelier de cuisine du monde " + System.nanoTime() % 100000;
        try (Browser browser = new Browser(Http.DEFAULT_BASE)) {
            WebDriver driver = browser.driver();
            browser.open("/idee.xhtml");
            browser.waitForText("Une idée ? Un projet ?");
            driver.findElement(By.xpath("//label[normalize-space()='Un groupe informel']")).click();
            driver.findElement(By.id("idea:holderName")).sendKeys("Les cuisinières de la cité");
            driver.findElement(By.id("idea:email")).sendKeys("cuisine@example.org");
            driver.findElement(By.id("idea:title")).sendKeys(title);
            driver.findElement(By.id("idea:ideaText")).sendKeys("Cuisiner ensemble les recettes de nos pays.");
            driver.findElement(By.id("idea:aim")).sendKeys("Créer du lien entre les familles du quartier.");
            driver.findElement(By.xpath("//label[normalize-space()='Culturel']")).click();
            browser.choose("idea:commune", "Lens (62300)");
            driver.findElement(By.id("idea:send")).click();
            browser.waitForText("Votre accord est nécessaire");
            assertTrue(driver.findElement(By.id("idea:title")).getAttribute("value").equals(title),
                    "nothing typed is lost");

            driver.findElement(By.cssSelector("#idea\\:consent .ui-chkbox-box")).click();
            driver.findElement(By.id("idea:send")).click();
            browser.waitForText("Merci, votre idée est bien arrivée");
            browser.screenshot("idea-sent");

            browser.login("animatrice", "fabrik");
            browser.open("/projets/index.xhtml?commune=62498");
            browser.waitForText(title);
            browser.screenshot("projects-list");
            assertEquals("Lens", new Select(driver.findElement(By.id("commune"))).getFirstSelectedOption().getText(),
                    "the filter shows the commune the list is filtered on");
            new Select(driver.findElement(By.id("etat"))).selectByVisibleText("Reçue");
            driver.findElement(By.id("filter")).click();
            browser.waiting().until(ExpectedConditions.urlContains("etat=RECEIVED&commune=62498"));
            browser.waitForText(title);
            assertEquals("Reçue", new Select(driver.findElement(By.id("etat"))).getFirstSelectedOption().getText());
            driver.findElement(By.linkText(title)).click();
            browser.waitForText("Historique du projet");
            assertTrue(browser.text().contains("Idée reçue par le formulaire public."));

            browser.openForm("state");
            browser.choose("state:target", "À présenter");
            driver.findElement(By.id("state:apply")).click();
            browser.waitForText("Le projet est maintenant : À présenter.");
            assertTrue(browser.text().contains("État : reçue → à présenter."));
            browser.screenshot("project-page");
        }
    }
}
