package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The public form with a document, in a real browser: a script disguised as a PDF and a 50 MB file are refused with
 * a French message and nothing is kept; a real PDF arrives with the idea and the coordinator downloads it. A request
 * claiming more than the server accepts is answered 413 in French before its body is read.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicFormDocumentIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEar();
    }

    @Test
    void onlyARealDocumentOfReasonableSizeArrivesWithTheIdea() throws Exception {
        String title = "Atelier mosaïque " + System.nanoTime() % 100000;
        Path folder = Files.createTempDirectory("fabrik-upload");
        Path disguised = Files.writeString(folder.resolve("budget.pdf"), "<html><script>alert(1)</script></html>");
        Path huge = folder.resolve("plans.pdf");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.write("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
            file.setLength(50L * 1024 * 1024);
        }
        Path real = Files.write(folder.resolve("présentation.pdf"), DocumentIT.PDF);
        try (Browser browser = new Browser(Http.DEFAULT_BASE)) {
            WebDriver driver = browser.driver();
            browser.open("/idee.xhtml");
            fill(browser, title);

            driver.findElement(By.id("idea:document")).sendKeys(disguised.toString());
            driver.findElement(By.id("idea:send")).click();
            browser.waitForText("Le fichier « budget.pdf » n’est ni un PDF");
            assertEquals(title, driver.findElement(By.id("idea:title")).getAttribute("value"), "nothing typed is lost");

            driver.findElement(By.id("idea:document")).sendKeys(huge.toString());
            driver.findElement(By.id("idea:send")).click();
            browser.waitForText("Le fichier « plans.pdf » dépasse 10 Mo.");

            driver.findElement(By.id("idea:document")).sendKeys(real.toString());
            driver.findElement(By.id("idea:send")).click();
            browser.waitForText("Merci, votre idée est bien arrivée");
        }

        Http coordinator = new Http();
        coordinator.login("animatrice", "fabrik");
        String list = coordinator.get("/projets/index.xhtml?commune=62510").body();
        assertEquals(1, list.split(java.util.regex.Pattern.quote(title), -1).length - 1,
                "one idea kept, not three");
        String projectLink = list.substring(list.lastIndexOf("projet.xhtml?id=", list.indexOf(title)));
        String id = projectLink.substring("projet.xhtml?id=".length(), projectLink.indexOf('"'));
        String page = coordinator.get("/projets/projet.xhtml?id=" + id + "&partie=documents").body();
        assertTrue(page.contains("présentation.pdf"), "the document is listed in the project's documents");
        String documentId = page.substring(page.indexOf("/projets/document?id=") + "/projets/document?id=".length());
        documentId = documentId.substring(0, documentId.indexOf('"'));
        HttpResponse<String> download = coordinator.get("/projets/document?id=" + documentId);
        assertEquals(200, download.statusCode());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        assertTrue(download.body().startsWith("%PDF-1.4"));
        assertFalse(new Http().get("/projets/document?id=" + documentId).body().startsWith("%PDF"),
                "anonymous visitors get the login page, never the document");
    }

    @Test
    void aRequestClaimingMoreThanSixtyMegabytesIsRefusedInFrenchBeforeItsBodyIsRead() throws Exception {
        URI base = URI.create(Http.DEFAULT_BASE);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + base.getPath() + "/idee.xhtml HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 65011712\r\n\r\n--x\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 413"), response);
            assertTrue(response.contains("Les fichiers joints ne peuvent pas dépasser 10 Mo."), response);
        }
    }

    private static void fill(Browser browser, String title) {
        WebDriver driver = browser.driver();
        driver.findElement(By.xpath("//label[normalize-space()='Un groupe informel']")).click();
        driver.findElement(By.id("idea:holderName")).sendKeys("L’atelier des Provinces");
        driver.findElement(By.id("idea:email")).sendKeys("mosaique@example.org");
        driver.findElement(By.id("idea:title")).sendKeys(title);
        driver.findElement(By.id("idea:ideaText")).sendKeys("Une fresque en mosaïque sur le mur de l’école.");
        driver.findElement(By.id("idea:aim")).sendKeys("Embellir le quartier avec les enfants.");
        driver.findElement(By.xpath("//label[normalize-space()='Culturel']")).click();
        browser.choose("idea:commune", "Liévin (62800)");
        driver.findElement(By.cssSelector("#idea\\:consent .ui-chkbox-box")).click();
        browser.waiting().until(ExpectedConditions.attributeContains(
                By.cssSelector("#idea\\:consent .ui-chkbox-box"), "class", "ui-state-active"));
    }
}
