package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Capitalisation in real browsers: a holder's idea arrives by the public form; the coordinator closes the project,
 * completes its experience sheet and sends it; the holder, through the link of their e-mail, adds what blocked and
 * publishes it without their name; a partner finds it in the library by commune and by the search, and reads it,
 * unsigned. Every page passes axe-core's WCAG 2.1 AA rules.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CapitalisationJourneyIT {

    private static final Pattern TOKEN = Pattern.compile("jeton=([A-Za-z0-9_-]{43})");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEar();
    }

    @Test
    void aClosedProjectsSheetGoesFromTheCoordinatorToTheHolderToTheLibrary() throws Exception {
        String title = "Jardin des senteurs " + System.nanoTime() % 100000;
        String email = "senteurs-" + System.nanoTime() % 100000 + "@example.org";
        GreenMail smtp = Mailbox.start();
        try (Browser holder = new Browser(Http.DEFAULT_BASE); Browser coordinator = new Browser(Http.DEFAULT_BASE)) {
            WebDriver form = holder.driver();
            holder.open("/idee.xhtml");
            form.findElement(By.xpath("//label[normalize-space()='Un groupe informel']")).click();
            form.findElement(By.id("idea:holderName")).sendKeys("Les jardiniers de la cité 4");
            form.findElement(By.id("idea:email")).sendKeys(email);
            form.findElement(By.id("idea:title")).sendKeys(title);
            form.findElement(By.id("idea:ideaText")).sendKeys("Planter des herbes aromatiques au pied des immeubles.");
            form.findElement(By.id("idea:aim")).sendKeys("Que les voisins se parlent.");
            form.findElement(By.xpath("//label[normalize-space()='Environnement']")).click();
            holder.choose("idea:commune", "Lens (62300)");
            form.findElement(By.cssSelector("#idea\\:consent .ui-chkbox-box")).click();
            form.findElement(By.id("idea:send")).click();
            holder.waitForText("Merci, votre idée est bien arrivée");

            WebDriver driver = coordinator.driver();
            coordinator.login("animatrice", "fabrik");
            openFoundBySearch(coordinator, title);
            assertTrue(driver.getCurrentUrl().contains("/projets/projet.xhtml?id="), driver.getCurrentUrl());
            coordinator.waitForText("Historique du projet");
            coordinator.openForm("state");
            coordinator.choose("state:target", "Abandonnée");
            driver.findElement(By.id("state:why")).sendKeys("Le bailleur n’a pas autorisé les plantations.");
            driver.findElement(By.id("state:apply")).click();
            coordinator.waitForText("Le projet est maintenant : Abandonnée.");
            driver.findElement(By.id("sheetLink")).click();
            coordinator.waitForText("Le parcours");
            assertTrue(coordinator.text().contains("Abandonné le"), "the journey is drafted from the history");
            assertTrue(coordinator.text().contains("En attente de la décision du porteur"));
            driver.findElement(By.id("complete:whatWorked")).sendKeys("Les enfants ont semé les premières graines.");
            driver.findElement(By.id("complete:save")).click();
            coordinator.waitForText("La fiche est enregistrée.");
            coordinator.assertAccessible("sheet-coordinator");
            driver.findElement(By.id("send:doSend")).click();
            coordinator.waitForText("La fiche est envoyée au porteur.");

            Matcher link = TOKEN.matcher(Mailbox.waitFor(smtp, email, "inspirer"));
            assertTrue(link.find());
            holder.open("/porteur/fiche.xhtml?jeton=" + link.group(1));
            holder.waitForText("La fiche d’expérience de votre projet");
            holder.assertAccessible("sheet-holder");
            form.findElement(By.id("sheet:whatBlocked")).sendKeys("L’accord du bailleur, demandé trop tard.");
            form.findElement(By.id("sheet:decide")).click();
            holder.waitForText("Choisissez si la fiche est publiée");
            holder.click(By.xpath("//label[normalize-space()='Oui, sans mon nom']"));
            form.findElement(By.id("sheet:decide")).click();
            holder.waitForText("Votre expérience rejoint la bibliothèque des initiatives.");
            holder.open("/porteur/fiche.xhtml?jeton=" + link.group(1));
            holder.waitForText("Ce lien n’est plus valable");
            readsThePublishedSheet(title);
        } finally {
            smtp.stop();
        }
    }

    private static void readsThePublishedSheet(String title) {
        try (Browser partner = new Browser(Http.DEFAULT_BASE)) {
            partner.login("partenaire", "fabrik");
            partner.open("/capitalisation/index.xhtml");
            new Select(partner.driver().findElement(By.id("commune"))).selectByVisibleText("Lens");
            WebElement filter = partner.driver().findElement(By.id("filter"));
            filter.click();
            // The unfiltered list may show the sheet too: its link is looked for once the filtered page replaced it.
            partner.waiting().until(ExpectedConditions.stalenessOf(filter));
            // The list may still be replaced while its link is read (seen on CI): read it again until it holds.
            String address = partner.waiting().ignoring(WebDriverException.class)
                    .until(d -> d.findElement(By.linkText(title)).getAttribute("href"));
            partner.driver().get(address);
            partner.waitForText("Ce qui a bloqué");
            String sheet = partner.text();
            assertTrue(sheet.contains("L’accord du bailleur, demandé trop tard."), sheet);
            assertTrue(sheet.contains("Les enfants ont semé les premières graines."), sheet);
            assertTrue(sheet.contains("Porteur anonyme"), "published without the holder's name");
            assertFalse(sheet.contains("Les jardiniers de la cité 4"), sheet);
            assertFalse(sheet.contains("Compléter la fiche"), "a partner reads, does not edit");
            partner.assertAccessible("sheet-partner");

            openFoundBySearch(partner, title);
            partner.waitForText("Ce qui a bloqué");
            assertTrue(partner.driver().getCurrentUrl().contains("/capitalisation/fiche.xhtml?id="),
                    "the partner finds the published sheet, not the project: " + partner.driver().getCurrentUrl());
        }
    }

    /** Searches for the title until the index has it (it follows the database a moment later), then opens it. */
    private static void openFoundBySearch(Browser reader, String title) {
        reader.waiting().until(d -> {
            reader.open("/recherche/index.xhtml?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
            return !d.findElements(By.linkText(title)).isEmpty();
        });
        reader.click(By.linkText(title));
    }
}
