package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * A temps fort in real browsers: the coordinator creates a cycle organised by a partner found by name and plans a
 * conference of two places; an inhabitant finds it in the public programme and registers with a phone only; a
 * second fills the last place and a third goes on the waiting list, as the page tells them. Every page passes
 * axe-core's WCAG 2.1 AA rules.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TempsFortsJourneyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEar();
    }

    @Test
    void theCoordinatorPlansAConferenceAndInhabitantsRegisterUntilItIsFull() {
        String tag = String.valueOf(System.nanoTime() % 100000);
        String title = "Conférence sur le décrochage " + tag;
        try (Browser coordinator = new Browser(Http.DEFAULT_BASE)) {
            WebDriver driver = coordinator.driver();
            coordinator.login("animatrice", "fabrik");
            coordinator.open("/animation/temps-forts.xhtml");
            coordinator.waitForText("Nouveau cycle");
            coordinator.assertAccessible("temps-forts-planning");
            driver.findElement(By.id("cycle:title")).sendKeys("Le décrochage scolaire " + tag);
            driver.findElement(By.id("cycle:presentation")).sendKeys("Trois soirées pour comprendre et agir.");
            coordinator.complete("cycle:organiser", "CA", "CAF");
            driver.findElement(By.id("cycle:create")).click();
            coordinator.waitForText("Le cycle « Le décrochage scolaire " + tag + " » est créé.");

            driver.findElement(By.xpath("//label[normalize-space()='Conférence']")).click();
            driver.findElement(By.id("event:title")).sendKeys(title);
            String day = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(20)
                    .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            driver.findElement(By.id("event:date_input")).sendKeys(day, Keys.ESCAPE);
            new Select(driver.findElement(By.id("event:commune")))
                    .selectByVisibleText("Liévin");
            driver.findElement(By.id("event:venue")).sendKeys("Médiathèque");
            driver.findElement(By.id("event:capacity_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "2");
            driver.findElement(By.id("event:plan")).click();
            coordinator.waitForText("L’événement « " + title + " » est programmé.");
        }
        register("Nadia Ouali", "06 11 22 33 44", title, "Votre inscription est enregistrée.");
        register("Paul Leclercq", "06 22 33 44 55", title, "Votre inscription est enregistrée.");
        register("Inès Moreau", "06 33 44 55 66", title, "vous êtes sur la liste d’attente");
    }

    private static void register(String name, String phone, String title, String expected) {
        try (Browser inhabitant = new Browser(Http.DEFAULT_BASE)) {
            WebDriver driver = inhabitant.driver();
            inhabitant.open("/");
            driver.findElement(By.linkText("Temps forts")).click();
            inhabitant.waitForText("Les prochains événements");
            inhabitant.assertAccessible("temps-forts");
            driver.findElement(By.linkText(title)).click();
            inhabitant.waitForText("S’inscrire");
            inhabitant.assertAccessible("event");
            driver.findElement(By.id("register:name")).sendKeys(name);
            driver.findElement(By.id("register:phone")).sendKeys(phone);
            driver.findElement(By.cssSelector("#register\\:consent .ui-chkbox-box")).click();
            driver.findElement(By.id("register:send")).click();
            inhabitant.waitForText(expected);
            assertTrue(inhabitant.text().contains(title));
        }
    }
}
