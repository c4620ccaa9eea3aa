package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The accompaniment in real browsers, as its three kinds of users live it: the coordinator enters an idea, puts it on
 * the next session's agenda, asks the demo partner for advice and orients the project to the partner's federation;
 * the partner answers both from their requests page; the coordinator writes the minutes and sends them; the holder
 * opens the link of the e-mail, replies to the advice and validates. Each page passes axe-core's WCAG 2.1 A/AA rules.
 * The SMTP server runs in the test's JVM, where the server sends (arquillian.xml).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccompanimentJourneyIT {

    private static final Pattern TOKEN = Pattern.compile("jeton=([A-Za-z0-9_-]{43})");
    private static final String HOLDER = "jardin-rue-basly@example.org";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEar();
    }

    @Test
    void aProjectIsPresentedAdvisedOrientedAndItsMinutesValidatedByTheHolder() throws Exception {
        String title = "Jardin de la rue Basly " + System.nanoTime() % 100000;
        GreenMail smtp = new GreenMail(new ServerSetup(MailIT.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (Browser coordinator = new Browser(Http.DEFAULT_BASE); Browser partner = new Browser(Http.DEFAULT_BASE);
                Browser holder = new Browser(Http.DEFAULT_BASE)) {
            WebDriver driver = coordinator.driver();
            coordinator.login("animatrice", "fabrik");
            enterIdea(coordinator, title);

            String projectAddress = driver.getCurrentUrl();
            assertTrue(projectAddress.matches(".*/projets/projet\\.xhtml\\?id=\\d+"), projectAddress);
            assertTrue(coordinator.text().contains("Idée saisie par animatrice"), "the page opens on its summary");
            coordinator.openTab("PRESENTATIONS");
            assertTrue(driver.findElements(By.id("book")).isEmpty(), "a tab opens with its form closed");
            coordinator.openForm("book");
            driver.findElement(By.id("book:doBook")).click();
            coordinator.waitForText("Choisissez la réunion où le projet sera présenté.");
            assertEquals(projectAddress + "&saisir=passage", driver.getCurrentUrl(),
                    "a refused form shows the page again at the project's address, which a reload or a bookmark keeps");

            new Select(driver.findElement(By.id("book:session"))).selectByIndex(1);
            driver.findElement(By.id("book:doBook")).click();
            coordinator.waitForText("Le projet est inscrit à l’ordre du jour.");
            assertEquals(Set.of(projectAddress.replaceFirst(".*\\?", ""), "partie=passages"),
                    Set.of(driver.getCurrentUrl().replaceFirst(".*\\?", "").split("&")),
                    "once booked, the tab is shown again with its form closed");
            assertEquals("Présentations en réunion (1)", driver.findElement(By.id("tab-PRESENTATIONS")).getText());
            assertEquals(List.of("Accueil", "Projets", title, "Présentations en réunion"),
                    driver.findElements(By.cssSelector("nav.breadcrumb li")).stream().map(WebElement::getText)
                            .toList(), "the trail leads to the tab through its project");
            assertEquals(projectAddress, driver.findElement(By.cssSelector("nav.breadcrumb li:nth-child(3) a"))
                    .getAttribute("href"), "the project's crumb is its summary");
            coordinator.openTab("SUMMARY");
            assertTrue(coordinator.text().contains("État : reçue → à présenter."), "booked, it is to be presented");

            coordinator.openTab("ADVICE");
            coordinator.openForm("askAdvice");
            new Select(driver.findElement(By.id("askAdvice:expert"))).selectByValue("partenaire");
            driver.findElement(By.id("askAdvice:introduction")).sendKeys("Le groupe cherche un local pour ses outils.");
            driver.findElement(By.id("askAdvice:question")).sendKeys("Un centre social peut-il prêter un local ?");
            driver.findElement(By.id("askAdvice:doAsk")).click();
            coordinator.waitForText("La demande d’avis est envoyée.");

            coordinator.openTab("ORIENTATIONS");
            coordinator.openForm("orient");
            coordinator.complete("orient:organisation", "centres soc", "Fédération des Centres Sociaux du Pas-de-Calais");
            driver.findElement(By.id("orient:need")).sendKeys("Un local pour les outils");
            driver.findElement(By.id("orient:doOrient")).click();
            coordinator.waitForText("Le projet est orienté");
            java.nio.file.Path plan = java.nio.file.Files.write(java.nio.file.Files.createTempDirectory("fabrik")
                    .resolve("plan-du-jardin.pdf"), DocumentIT.PDF);
            coordinator.openTab("DOCUMENTS");
            coordinator.openForm("attach");
            driver.findElement(By.id("attach:file")).sendKeys(plan.toString());
            driver.findElement(By.id("attach:doAttach")).click();
            coordinator.waitForText("Le document est joint au projet.");
            assertTrue(coordinator.text().contains("plan-du-jardin.pdf"));
            coordinator.assertAccessible("project-coordinator");
            coordinator.screenshot("accompaniment-coordinator");

            partner.login("partenaire", "fabrik");
            partner.open("/espace/demandes.xhtml");
            partner.waitForText(title);
            partner.assertAccessible("partner-requests");
            partner.driver().findElement(By.linkText(title)).click();
            partner.waitForText("Votre avis");
            partner.driver().findElement(By.cssSelector("textarea[id$='give:text']"))
                    .sendKeys("Oui : le centre social Jean Jaurès a un local le mardi.");
            partner.driver().findElement(By.xpath("//form[contains(@id,'give')]//label[normalize-space()='Oui']"))
                    .click();
            partner.driver().findElement(By.xpath("//label[starts-with(normalize-space(),'Partagé')]")).click();
            partner.driver().findElement(By.cssSelector("[id$='give:doGive']")).click();
            partner.waitForText("Votre avis est enregistré. Merci !");
            partner.openTab("ORIENTATIONS");
            assertTrue(partner.driver().findElements(By.cssSelector("[id$='move:target']")).isEmpty(),
                    "each orientation offers its follow-up behind a link");
            partner.driver().findElement(By.cssSelector("[id^='open-move-']")).click();
            partner.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='move:target']")));
            partner.assertAccessible("project-partner-follow-up");
            new Select(partner.driver().findElement(By.cssSelector("select[id$='move:target']")))
                    .selectByValue("ACCEPTED");
            partner.driver().findElement(By.cssSelector("[id$='move:doMove']")).click();
            partner.waitForText("L’orientation est à jour.");
            assertTrue(partner.text().contains("Acceptée"));
            partner.assertAccessible("project-partner");
            partner.screenshot("accompaniment-partner");

            coordinator.openTab("PRESENTATIONS");
            driver.findElement(By.cssSelector("textarea[id$='minutes:text']"))
                    .sendKeys("Le centre social prête un local le mardi ; la Fédération accompagne le groupe.");
            driver.findElement(By.cssSelector("[id$='minutes:save']")).click();
            coordinator.waitForText("Le compte rendu est enregistré.");
            coordinator.openTab("SUMMARY");
            assertTrue(coordinator.text().contains("État : à présenter → présentée."));
            coordinator.openTab("PRESENTATIONS");
            driver.findElement(By.cssSelector("[id$='minutes:send']")).click();
            coordinator.waitForText("Le compte rendu est envoyé au porteur pour validation.");

            holder.open("/porteur/compte-rendu.xhtml?jeton=" + token(smtp));
            holder.waitForText("Le centre social prête un local le mardi");
            assertTrue(holder.text().contains("Oui : le centre social Jean Jaurès a un local le mardi."),
                    "the shared advice");
            holder.assertAccessible("holder-minutes");
            holder.screenshot("accompaniment-holder");
            holder.driver().findElement(By.cssSelector("textarea[id$='reply:text']")).sendKeys("Merci, à mardi !");
            holder.driver().findElement(By.cssSelector("[id$='reply:doReply']")).click();
            holder.waitForText("Merci ! Votre réponse est enregistrée.");
            holder.driver().findElement(By.id("validate:doValidate")).click();
            holder.waitForText("Merci ! Le compte rendu est validé.");

            driver.navigate().refresh();
            coordinator.waitForText("validé par le porteur");
            coordinator.openTab("ADVICE");
            assertTrue(coordinator.text().contains("Merci, à mardi !"), "the holder's reply beside the advice");

            coordinator.openTab("PRESENTATIONS");
            driver.findElement(By.cssSelector("#presentations h3 a")).click();
            coordinator.waitForText("Ordre du jour");
            driver.findElement(By.id("editAgenda")).click();
            coordinator.waitForText("Faites glisser une ligne");
            coordinator.assertAccessible("agenda");
            int rows = driver.findElements(By.cssSelector("#agendaForm\\:slots_data tr")).size();
            assertEquals(title, driver.findElement(By.cssSelector("#agendaForm\\:slots_data tr:last-child a")).getText(),
                    "booked last, presented last");
            if (rows > 1) {
                driver.findElement(By.cssSelector("#agendaForm\\:slots_data tr:last-child [id$='up']")).click();
                coordinator.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(
                        "#agendaForm\\:slots_data tr:nth-child(" + (rows - 1) + ") a"), title));
            }
            coordinator.screenshot("accompaniment-agenda");
        } finally {
            smtp.stop();
        }
    }

    /** The coordinator enters an idea for a holder who came in person, with an e-mail address to reach them. */
    private static void enterIdea(Browser coordinator, String title) {
        WebDriver driver = coordinator.driver();
        coordinator.open("/projets/saisir.xhtml");
        driver.findElement(By.xpath("//label[normalize-space()='Un groupe informel']")).click();
        driver.findElement(By.id("idea:holderName")).sendKeys("Les jardiniers de la rue Basly");
        driver.findElement(By.id("idea:email")).sendKeys(HOLDER);
        driver.findElement(By.id("idea:title")).sendKeys(title);
        driver.findElement(By.id("idea:ideaText")).sendKeys("Un jardin sur la friche de la rue Basly.");
        driver.findElement(By.id("idea:aim")).sendKeys("Que les voisins se rencontrent.");
        driver.findElement(By.xpath("//label[normalize-space()='Environnement']")).click();
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

    /** The link of the minutes e-mail to the holder, which leaves once the sending transaction has committed. */
    private static String token(GreenMail smtp) throws Exception {
        for (int attempt = 0; attempt < 200; attempt++) {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(HOLDER))
                        && message.getSubject().contains("compte rendu")) {
                    Matcher matcher = TOKEN.matcher((String) message.getContent());
                    assertTrue(matcher.find());
                    return matcher.group(1);
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no minutes e-mail to the holder");
    }
}
