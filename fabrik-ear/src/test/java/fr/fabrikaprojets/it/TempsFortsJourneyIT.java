package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
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
            coordinator.typeDate("event:date", day);
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
        try (Browser coordinator = new Browser(Http.DEFAULT_BASE)) {
            WebDriver driver = coordinator.driver();
            coordinator.login("animatrice", "fabrik");
            coordinator.open("/temps-forts/index.xhtml");
            driver.findElement(By.linkText(title)).click();
            coordinator.waitForText("Inscrits (2)");
            assertEquals("En liste d’attente : 1", driver.findElement(By.id("waiting-count")).getText());
        }
    }

    /**
     * After the demo's visit: the coordinator keeps its slides and a photo (refused until the consent of those shown
     * is confirmed); an inhabitant finds the visit in the public library, in its easy-to-read version too, downloads
     * the slides, and sees the temps forts of the year under the sessions of the printable calendar.
     */
    @Test
    void whatAnEventLeavesIsKeptInThePublicLibrary() throws Exception {
        String visit = "Visite du collège Jean-Zay et de son dispositif relais";
        String slides = "supports-" + System.nanoTime() % 100000 + ".pdf";
        Path files = Files.createTempDirectory("fabrik-event");
        Path pdf = Files.write(files.resolve(slides), "%PDF-1.4\n% supports\n".getBytes(StandardCharsets.US_ASCII));
        Path png = Files.write(files.resolve("groupe.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A,
                0x0A, 0, 0, 0, 0});
        try (Browser coordinator = new Browser(Http.DEFAULT_BASE)) {
            WebDriver driver = coordinator.driver();
            coordinator.login("animatrice", "fabrik");
            coordinator.open("/capitalisation/index.xhtml");
            driver.findElement(By.linkText(visit)).click();
            coordinator.waitForText("Ajouter un document");
            coordinator.assertAccessible("event-held");
            driver.findElement(By.id("attach:file")).sendKeys(png.toString());
            driver.findElement(By.id("attach:doAttach")).click();
            coordinator.waitForText("n’est publiée qu’avec l’accord des personnes");
            driver.findElement(By.id("attach:file")).sendKeys(pdf.toString());
            driver.findElement(By.id("attach:doAttach")).click();
            coordinator.waitForText("Le document « " + slides + " » est ajouté.");
        }
        try (Browser inhabitant = new Browser(Http.DEFAULT_BASE)) {
            WebDriver driver = inhabitant.driver();
            inhabitant.open("/");
            driver.findElement(By.linkText("Initiatives")).click();
            inhabitant.waitForText("Ce que les temps forts ont laissé");
            inhabitant.assertAccessible("library-public");
            driver.findElement(By.id("easyReadSwitch")).click();
            inhabitant.waitForText("Les événements passés");
            assertTrue(inhabitant.text().contains("Ici, des habitants racontent leur projet."));
            inhabitant.assertAccessible("library-easy-read");
            driver.findElement(By.linkText(visit)).click();
            inhabitant.waitForText("Documents et photos");
            assertTrue(inhabitant.text().contains("Quinze personnes ont découvert le dispositif relais"));
            driver.findElement(By.partialLinkText(slides)).click();
            assertTrue(Files.readString(inhabitant.waitForDownload(slides), StandardCharsets.US_ASCII)
                    .startsWith("%PDF-1.4"));
            int year = LocalDate.now(ZoneId.of("Europe/Paris")).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY))
                    .minusWeeks(3).getYear();
            inhabitant.open("/reunions/calendrier.xhtml?annee=" + year);
            inhabitant.waitForText("Les événements de " + year);
            assertTrue(inhabitant.text().contains(visit), "the visit under the sessions of the calendar");
        }
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
