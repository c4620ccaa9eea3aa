package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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

/**
 * A staff member of a funder in a real browser: reads the year's dashboard, follows a figure to the list of the
 * projects behind it (as many as the figure says), then prepares the annual report in the background and downloads
 * its PDF and its workbook. Every page passes axe-core's WCAG 2.1 AA rules.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatisticsJourneyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEar();
    }

    @Test
    void aStaffMemberFollowsAFigureToItsProjectsAndDownloadsTheAnnualReport() throws Exception {
        int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
        try (Browser staff = new Browser(Http.DEFAULT_BASE)) {
            WebDriver driver = staff.driver();
            staff.login("agent", "fabrik");
            driver.findElement(By.linkText("Statistiques")).click();
            staff.waitForText("L’année " + year + " en chiffres");
            staff.assertAccessible("statistics");
            String received = driver.findElement(By.cssSelector("#key-received strong")).getText();
            assertTrue(Integer.parseInt(received) > 0, "the demo data and the other tests received projects");
            driver.findElement(By.id("key-received")).click();
            staff.waitForText("Projets reçus du 01/01/" + year + " au 31/12/" + year);
            assertEquals(received + " projet(s)", driver.findElement(By.id("count")).getText(),
                    "the list holds the projects the figure counts");
            staff.assertAccessible("projects-behind-a-figure");

            staff.open("/statistiques/index.xhtml?annee=" + year);
            List<WebElement> lens = driver.findElements(By.xpath("//table[@id='communes']//tr[th='Lens']/td"));
            assertTrue(lens.get(0).getText().matches("32\\D920"), "Lens's population, its thousands set apart as "
                    + "French writes them: " + lens.get(0).getText());
            assertTrue(lens.get(2).getText().matches("\\d+,\\d\\d"), "projects per 1,000 inhabitants, two decimals "
                    + "after a comma: " + lens.get(2).getText());
            String lensReceived = lens.get(1).getText();
            lens.get(1).findElement(By.tagName("a")).click();
            staff.waitForText("Projets reçus du 01/01/" + year + " au 31/12/" + year);
            assertTrue(driver.getCurrentUrl().contains("commune=62498"), driver.getCurrentUrl());
            assertEquals(lensReceived + " projet(s)", driver.findElement(By.id("count")).getText(),
                    "a commune's figure leads to its own projects");

            staff.open("/statistiques/index.xhtml?annee=" + year);
            staff.waiting().until(ExpectedConditions.elementToBeClickable(By.id("reportLink"))).click();
            staff.waitForText("Bilan annuel d’activité");
            staff.assertAccessible("annual-report");
            driver.findElement(By.id("report:generate")).click();
            staff.waitForText("Le bilan " + year + " est prêt.");
            driver.findElement(By.id("report:pdf")).click();
            Path pdf = staff.waitForDownload("bilan-lens-lievin-" + year + ".pdf");
            try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
                String text = new PDFTextStripper().getText(document);
                assertTrue(text.contains("Bilan d’activité " + year), text);
                assertTrue(text.contains("Projets reçus " + received), text);
            }
            driver.findElement(By.id("report:workbook")).click();
            Path workbook = staff.waitForDownload("bilan-lens-lievin-" + year + ".xlsx");
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(workbook)))) {
                int sheets = 0;
                for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    sheets += entry.getName().startsWith("xl/worksheets/sheet") ? 1 : 0;
                }
                assertEquals(9, sheets, "one sheet per table");
            }
        }
    }
}
