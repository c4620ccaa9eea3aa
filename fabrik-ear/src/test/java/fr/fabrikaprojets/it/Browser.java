package fr.fabrikaprojets.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, in French, with a fresh profile. Screenshots go to
 * {@code target/screenshots} so that a failing journey can be looked at.
 */
final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;

    Browser(String base) {
        this(base, "fr-FR");
    }

    /** A browser whose preferred language is {@code language} ("fr-FR", "en-GB"). */
    Browser(String base, String language) {
        this.base = base;
        try {
            profile = Files.createTempDirectory("fabrik-chromium");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=" + language, "--window-size=1280,1000",
                "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language + "," + language.substring(0, 2),
                "download.default_directory", downloads().toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        // Before any script of each page: what the page's security policy refused, for accessibilityViolations.
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source",
                "window.fabrikRefused = []; document.addEventListener('securitypolicyviolation', e => "
                + "window.fabrikRefused.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' '"
                + " + (e.sourceFile || '') + ':' + e.lineNumber));"));
    }

    WebDriver driver() {
        return driver;
    }

    /** Where the browser saves what it downloads. */
    Path downloads() {
        return profile.resolve("downloads");
    }

    /** The file downloaded under {@code name}, once complete. */
    Path waitForDownload(String name) {
        Path file = downloads().resolve(name);
        waiting().until(d -> Files.isRegularFile(file) && !Files.exists(downloads().resolve(name + ".crdownload")));
        return file;
    }

    /**
     * Opens a page and waits until it is parsed: on CI, Chromium has answered the navigation before the new
     * document's elements could be found.
     */
    void open(String path) {
        driver.get(base + path);
        settled();
    }

    void login(String username, String password) {
        open("/connexion.xhtml");
        if (driver.findElements(By.id("j_username")).isEmpty()) {
            // Seen once on CI: the first page of a browser idle for minutes came back without the form. Say what it
            // was, and ask once more.
            screenshot("login-" + username);
            System.err.println("Page de connexion sans formulaire (" + driver.getCurrentUrl() + ") :\n"
                    + driver.getPageSource());
            open("/connexion.xhtml");
        }
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("j_username"))).sendKeys(username);
        driver.findElement(By.id("j_password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
        // The next page must not be asked before the login has answered, or the session would not be the user's. The
        // body read while the browser replaces the page is stale (seen on CI): read it again.
        waiting().ignoring(WebDriverException.class).until(d -> {
            String text = d.findElement(By.tagName("body")).getText();
            return text.contains("Connecté·e") || text.contains("Logged in") || text.contains("incorrect");
        });
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /**
     * Chooses {@code label} in a PrimeFaces select menu ({@code menuId} as in the page, "form:field") and waits for
     * its panel to close, so that the next click lands on the page and not on the closing panel. The item is clicked
     * once the panel has finished opening (a click during its opening transition selects, but the end of the
     * transition leaves the panel open), and by script: a native click first scrolls the item into view, and
     * PrimeFaces closes an open panel when the page scrolls. Both seen with Chromium 156.
     */
    void choose(String menuId, String label) {
        String css = "#" + menuId.replace(":", "\\:");
        driver.findElement(By.id(menuId)).click();
        waiting().until(ExpectedConditions.attributeContains(By.id(menuId + "_panel"), "class",
                "ui-connected-overlay-enter-done"));
        WebElement item = driver.findElement(By.cssSelector(css + "_items li[data-label='" + label + "']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", item);
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id(menuId + "_panel")));
    }

    /**
     * Writes a date into a PrimeFaces date picker ({@code pickerId} as in the page), as the field would hold it once
     * typed. Typed keys were lost in the test browser (Chromium 156) after an ajax answer re-rendered the picker, while
     * they reach the field in the same browser driven by hand: the value is set by script, and the field must then hold
     * it.
     */
    void typeDate(String pickerId, String text) {
        WebElement input = driver.findElement(By.id(pickerId + "_input"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, text);
        waiting().until(d -> text.equals(input.getAttribute("value")));
    }

    /**
     * Clicks what {@code target} finds, found again if the page replaced it in between (Chromium 156 then answers
     * "Node with given id does not belong to the document"). For clicks that may be repeated: a choice, not a send.
     */
    void click(By target) {
        waiting().ignoring(WebDriverException.class).until(d -> {
            d.findElement(target).click();
            return true;
        });
    }

    /**
     * Opens one of a project page's forms ({@code formId} as in the page: "askAdvice", "state"…) with the button that
     * offers it, and waits for the form and its widgets.
     */
    void openForm(String formId) {
        driver.findElement(By.id("open-" + formId)).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(formId)));
        settled();
    }

    /** Shows one of a project page's tabs ({@code tab} as in ProjectTab: "ADVICE", "SUMMARY"…) with its link. */
    void openTab(String tab) {
        driver.findElement(By.id("tab-" + tab)).click();
        waiting().until(ExpectedConditions.attributeToBe(By.id("tab-" + tab), "aria-current", "page"));
        settled();
    }

    /** Types into a PrimeFaces auto-complete field and picks the suggestion shown as {@code label}. */
    void complete(String fieldId, String typed, String label) {
        driver.findElement(By.id(fieldId + "_input")).sendKeys(typed);
        waiting().until(ExpectedConditions.elementToBeClickable(By.xpath("//*[@id='" + fieldId
                + "_panel']//li[normalize-space(.)=\"" + label + "\"]"))).click();
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id(fieldId + "_panel")));
    }

    /**
     * Waits for the text, then for the page and its ajax answers to be done with: the text of an ajax answer shows
     * before the answer's scripts have set up the widgets it replaced, and a widget set up after the next keys were
     * typed resets its field (seen on a date picker, which then came back empty).
     */
    void waitForText(String text) {
        waiting().ignoring(WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
        settled();
    }

    /**
     * Waits for the page to be loaded and its ajax requests answered. A script run while the browser replaces the
     * page fails ("Node with given id does not belong to the document", Chromium 156): it is run again.
     */
    private void settled() {
        waiting().ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return document.readyState === 'complete' && (!window.jQuery || jQuery.active === 0)"
                + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())")));
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * The WCAG 2.1 A and AA violations axe-core finds on the current page, as "rule: element" lines (empty when the
     * page passes).
     */
    @SuppressWarnings("unchecked")
    java.util.List<String> accessibilityViolations() {
        if (!(Boolean) driver.executeScript("return typeof window.axe !== 'undefined';")) {
            driver.executeScript(AXE_SOURCE);
        }
        Object result = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => done(r.violations.flatMap(v => v.nodes.map(n => v.id + ': ' + n.target.join(' ')))))"
                + ".catch(e => done(['axe failed: ' + e]));");
        java.util.List<String> violations = new java.util.ArrayList<>((java.util.List<String>) result);
        refusedByPolicy().forEach(refused -> violations.add("refusé par la politique de sécurité : " + refused));
        return violations;
    }

    /**
     * What the current page's Content-Security-Policy blocked since it opened (a style, an image, a script): a page
     * that needs it looks or works broken, which a user notices and axe does not.
     */
    @SuppressWarnings("unchecked")
    java.util.List<String> refusedByPolicy() {
        Object refused = driver.executeScript("return window.fabrikRefused || [];");
        return (java.util.List<String>) refused;
    }

    private static final String AXE_SOURCE = axeSource();

    private static String axeSource() {
        String resource = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
        try (java.io.InputStream in = Browser.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("axe-core introuvable sur le classpath des tests : " + resource);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fails with the list of violations when the current page breaks a WCAG 2.1 A or AA rule. */
    void assertAccessible(String page) {
        java.util.List<String> violations = accessibilityViolations();
        if (!violations.isEmpty()) {
            screenshot("a11y-" + page);
            throw new AssertionError("Accessibilité (" + page + ") :\n" + String.join("\n", violations));
        }
    }

    void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots");
            Files.createDirectories(target);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target.resolve(name + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
