package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The network in a real browser: the coordinator imports partners from a spreadsheet (a bad file first), completes
 * the new partner's record and adds a person to it, each form opened from its link; a partner
 * offers a room, the coordinator turns a suggestion into an orientation and requests the room for the project, the
 * partner accepts, and everyone sees the booking; each page passes axe-core's WCAG 2.1 AA rules.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NetworkJourneyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEar();
    }

    @Test
    void partnersAreImportedSuggestedOrientedToAndTheirRoomBooked() throws Exception {
        String n = String.valueOf(System.nanoTime() % 1_000_000);
        String theatre = "Théâtre du Bassin " + n;
        String hall = "Salle des fêtes " + n;
        String title = "Théâtre forum " + n;
        Path dir = Files.createTempDirectory("fabrik-import");
        try (Browser coordinator = new Browser(Http.DEFAULT_BASE); Browser partner = new Browser(Http.DEFAULT_BASE)) {
            WebDriver driver = coordinator.driver();
            coordinator.login("animatrice", "fabrik");
            coordinator.waitForText("Connecté·e : animatrice");
            coordinator.open("/reseau/import.xhtml");
            Path bad = Files.writeString(dir.resolve("partenaires-faux.csv"), "nom_court;nom_complet;type;siren\n"
                    + theatre + ";Compagnie du Bassin;association;123456789\n", StandardCharsets.UTF_8);
            driver.findElement(By.id("upload:file")).sendKeys(bad.toString());
            driver.findElement(By.id("upload:preview")).click();
            coordinator.waitForText("Corrigez ces lignes");
            assertTrue(driver.findElement(By.id("errors")).getText().contains("SIREN"));
            assertTrue(driver.findElements(By.id("confirmImport:confirm")).isEmpty(), "nothing to import");
            coordinator.assertAccessible("import-report");
            Path good = Files.writeString(dir.resolve("partenaires.csv"), "nom_court;nom_complet;type;communes;"
                    + "thematiques;offres\n" + theatre + ";Compagnie du Bassin minier;association;Liévin|Lens;"
                    + "culture;locaux|conseil\n", StandardCharsets.UTF_8);
            driver.findElement(By.id("upload:file")).sendKeys(good.toString());
            driver.findElement(By.id("upload:preview")).click();
            coordinator.waitForText("(nouvelle)");
            driver.findElement(By.id("confirmImport:confirm")).click();
            coordinator.waitForText("Import terminé : 1 créations, 0 mises à jour.");
            driver.findElement(By.id("q")).sendKeys(theatre);
            driver.findElement(By.id("filter")).click();
            coordinator.waitForText("Une organisation");
            assertTrue(driver.findElement(By.id("organisations")).getText().contains(theatre),
                    "the new partner is in the directory");
            coordinator.assertAccessible("directory");

            driver.findElement(By.linkText(theatre)).click();
            coordinator.waitForText("Compagnie du Bassin minier");
            assertTrue(driver.findElements(By.id("record:save")).isEmpty(), "the record's form opens when asked");
            assertTrue(driver.findElements(By.id("addMember:add")).isEmpty(), "and so does a new member's");
            driver.findElement(By.id("open-edit")).click();
            coordinator.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("record:phone")));
            driver.findElement(By.id("record:phone")).sendKeys("0321000000");
            coordinator.assertAccessible("organisation-record");
            coordinator.screenshot("network-organisation-record");
            driver.findElement(By.id("record:save")).click();
            coordinator.waitForText("Fiche enregistrée.");
            assertTrue(driver.findElement(By.id("facts")).getText().contains("0321000000"),
                    driver.findElement(By.id("facts")).getText());
            assertTrue(driver.findElements(By.id("record:save")).isEmpty(), "the form closes once saved");
            driver.findElement(By.id("open-addMember")).click();
            coordinator.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("addMember:memberName")));
            driver.findElement(By.id("addMember:memberName")).sendKeys("Nadia Benali " + n);
            driver.findElement(By.id("addMember:memberRole")).sendKeys("Metteuse en scène");
            driver.findElement(By.id("addMember:add")).click();
            coordinator.waitForText("Nadia Benali " + n + " est ajouté·e.");
            assertTrue(driver.findElement(By.id("memberTable")).getText().contains("Metteuse en scène"));
            assertTrue(driver.findElements(By.id("addMember:add")).isEmpty());
            coordinator.screenshot("network-organisation");
            driver.findElement(By.xpath("//table[@id='memberTable']//tr[contains(., 'Nadia Benali " + n
                    + "')]//a[starts-with(@id, 'remove-')]")).click();
            coordinator.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("removeMember:remove")));
            assertTrue(driver.findElement(By.id("removeMember")).getText().contains("Retirer Nadia Benali " + n));
            assertTrue(driver.findElement(By.id("memberTable")).getText().contains("Nadia Benali " + n),
                    "nothing is removed before it is confirmed");
            coordinator.assertAccessible("organisation-remove-member");
            coordinator.screenshot("network-organisation-remove-member");
            driver.findElement(By.id("removeMember:remove")).click();
            coordinator.waitForText("Nadia Benali " + n + " est retiré·e de l’organisation.");
            assertTrue(driver.findElements(By.xpath("//table[@id='memberTable']//td[contains(., 'Nadia Benali " + n
                    + "')]")).isEmpty(), "the member is no longer listed");

            WebDriver partnerDriver = partner.driver();
            partner.login("partenaire", "fabrik");
            partner.waitForText("Connecté·e : partenaire");
            partner.open("/ressources/proposer.xhtml");
            partnerDriver.findElement(By.id("resource:name")).sendKeys(hall);
            partnerDriver.findElement(By.id("resource:description")).sendKeys("Une grande salle avec une scène.");
            new Select(partnerDriver.findElement(By.id("resource:commune"))).selectByVisibleText("Liévin");
            partnerDriver.findElement(By.id("resource:capacity")).sendKeys("80");
            partnerDriver.findElement(By.id("resource:accessible")).click();
            partner.assertAccessible("offer-resource");
            partnerDriver.findElement(By.id("resource:save")).click();
            partner.waitForText("« " + hall + " » est enregistrée.");
            String resourcePage = partnerDriver.getCurrentUrl();

            enterIdea(coordinator, title);
            String projectPage = driver.getCurrentUrl();
            driver.findElement(By.id("suggestionsLink")).click();
            coordinator.waitForText("Ressources qui pourraient servir");
            WebElement suggestion = driver.findElement(By.xpath(
                    "//ol[@id='suggestedPartners']/li[.//a[normalize-space()='" + theatre + "']]"));
            assertTrue(suggestion.getText().contains("Compétent en : Culturel"), suggestion.getText());
            assertTrue(suggestion.getText().contains("Peut répondre au besoin : Locaux"), suggestion.getText());
            coordinator.assertAccessible("project-suggestions");
            suggestion.findElement(By.xpath(".//button")).click();
            coordinator.waitForText("Projet orienté vers " + theatre + ".");
            assertEquals(Set.of(projectPage.replaceFirst(".*\\?", ""), "partie=orientations"),
                    Set.of(driver.getCurrentUrl().replaceFirst(".*\\?", "").split("&")),
                    "back at the project's orientations");
            assertTrue(driver.findElement(By.id("orientations")).getText().contains(theatre));

            driver.findElement(By.id("suggestionsLink")).click();
            coordinator.waitForText("Déjà orienté vers ce partenaire.");
            driver.findElement(By.linkText(hall)).click();
            coordinator.waitForText("Demander cette ressource pour un projet");
            assertFalse(driver.findElement(By.id("request:project")).getAttribute("value").isBlank(),
                    "the project's number comes with the link");
            LocalDate day = LocalDate.now(ZoneId.of("Europe/Paris")).plusMonths(1).withDayOfMonth(12);
            setValue(driver, "request:startDate", day.toString());
            setValue(driver, "request:startTime", "14:00");
            setValue(driver, "request:endDate", day.toString());
            setValue(driver, "request:endTime", "18:00");
            driver.findElement(By.id("request:purpose")).sendKeys("La représentation de fin d'atelier");
            driver.findElement(By.id("request:doRequest")).click();
            coordinator.waitForText("Demande envoyée au partenaire.");

            partner.open("/ressources/demandes.xhtml");
            partner.waitForText(title);
            partnerDriver.findElement(By.linkText(hall)).click();
            partner.waitForText("Demandes de réservation à traiter");
            partner.assertAccessible("resource-owner");
            partnerDriver.findElement(By.xpath("//article[contains(@class,'booking')][.//h3[normalize-space()='"
                    + title + "']]//button[normalize-space()='Accepter']")).click();
            partner.waitForText("Réservation acceptée.");
            partner.open(resourcePage.replaceFirst(".*/fabrik", "") + "&mois=" + day.toString().substring(0, 7));
            partner.waitForText(title + " (acceptée)");
            partner.screenshot("network-resource-calendar");

            driver.get(projectPage);
            coordinator.openTab("BOOKINGS");
            assertTrue(driver.findElement(By.id("bookingList")).getText().contains("acceptée"),
                    driver.findElement(By.id("bookingList")).getText());
            coordinator.screenshot("network-project");
        }
    }

    private static void setValue(WebDriver driver, String id, String value) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];",
                driver.findElement(By.id(id)), value);
    }

    private static void enterIdea(Browser coordinator, String title) {
        WebDriver driver = coordinator.driver();
        coordinator.open("/projets/saisir.xhtml");
        driver.findElement(By.xpath("//label[normalize-space()='Une association (loi 1901)']")).click();
        driver.findElement(By.id("idea:holderName")).sendKeys("Compagnie des jeunes de Liévin");
        driver.findElement(By.id("idea:phone")).sendKeys("0321000000");
        driver.findElement(By.id("idea:title")).sendKeys(title);
        driver.findElement(By.id("idea:ideaText")).sendKeys("Un théâtre forum sur la vie du quartier.");
        driver.findElement(By.id("idea:aim")).sendKeys("Que les jeunes prennent la parole.");
        driver.findElement(By.xpath("//label[normalize-space()='Culturel']")).click();
        driver.findElement(By.xpath("//label[normalize-space()='Locaux']")).click();
        coordinator.choose("idea:commune", "Liévin (62800)");
        driver.findElement(By.cssSelector("#idea\\:consent .ui-chkbox-box")).click();
        driver.findElement(By.id("idea:save")).click();
        coordinator.waiting().until(ExpectedConditions.or(
                ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Présentations en réunion"),
                ExpectedConditions.presenceOfElementLocated(By.id("similar"))));
        if (!driver.findElements(By.id("similar")).isEmpty()) {
            driver.findElement(By.id("idea:save")).click();
        }
        coordinator.waitForText("Présentations en réunion");
    }
}
