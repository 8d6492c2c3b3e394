package io.dip.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real browser (headless Chromium driven by Selenium): it loads, runs a simulation whose live plot and
 * summary appear, offers the CSV of the command line byte for byte, shows a bad input as one message, compares
 * controllers and runs a study. Screenshots go to {@code target/} and, when {@code dip.docs} names the docs
 * directory, next to {@code docs/dashboard.md}.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver} (paths overridable with {@code -Ddip.chromium} and
 * {@code -Dwebdriver.chrome.driver}); without them these tests are skipped with a message saying so.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("dip.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("webdriver.chrome.driver",
            "/usr/bin/chromedriver"));
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static TestServer server;
    private static ChromeDriver browser;

    @TempDir
    Path dir;

    @BeforeAll
    static void open() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "browser tests skipped: " + CHROMIUM + " or " + DRIVER + " is missing (install Debian's chromium "
                        + "and chromium-driver: apt-get install -y chromium chromium-driver)");
        server = TestServer.standard();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--hide-scrollbars", "--force-device-scale-factor=1");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1600, 1200));
        browser.get(server.base() + "/");
        waitFor().until(d -> !d.findElements(By.cssSelector("#controller option")).isEmpty());
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void aRunIsPlottedLiveSummarisedAndItsCsvIsTheCommandLines() throws IOException {
        select("controller", "classical_smc");
        type("duration", "6");
        select("disturbance-type", "impulse");
        type("disturbance-params input[data-key=amplitude]", "-15");
        browser.findElement(By.id("run")).click();
        WebElement csvLink = waitFor().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#run-downloads a[data-format=csv]")));
        String summary = browser.findElement(By.id("run-summary")).getText();
        assertTrue(summary.contains("COMPLETED"), summary);
        assertTrue(summary.contains("ISE"), summary);
        long plotted = (Long) script("return state.runCharts[0].data[0].length;");
        assertTrue(plotted > 1000, "samples on the x chart: " + plotted);
        for (String format : List.of("json", "png")) {
            assertFalse(browser.findElements(By.cssSelector("#run-downloads a[data-format=" + format + "]"))
                    .isEmpty(), format);
        }

        byte[] downloaded = server.bytes(csvLink.getAttribute("href").substring(server.base().length())).body();
        Path cliCsv = dir.resolve("cli.csv");
        CommandLineRun cli = CommandLineRun.of("simulate", "--controller", "classical_smc", "--duration", "6",
                "--set", "disturbances=[{type: impulse, amplitude: -15, start: 1, width: 0.1}]",
                "--csv", cliCsv.toString());
        assertEquals(0, cli.exit(), cli.err());
        assertArrayEquals(Files.readAllBytes(cliCsv), downloaded, "the page's CSV differs from dip simulate --csv");
        screenshot("dashboard.png");
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) script("return performance.getEntriesByType('resource')"
                + ".map(e => e.name).concat([location.href]);");
        assertTrue(loaded.size() > 4, "the page, its script, style, uPlot and the API: " + loaded);
        for (String url : loaded) {
            assertTrue(url.startsWith(server.base() + "/"), "loaded from outside the server: " + url);
        }
    }

    @Test
    @Order(2)
    void aBadInputShowsTheCommandLinesMessageNotAStackTrace() {
        type("dt", "-1");
        browser.findElement(By.id("run")).click();
        WebElement error = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        CommandLineRun cli = CommandLineRun.of("simulate", "--set", "simulation.dt=-1");
        assertEquals(cli.errorLine(), browser.findElement(By.id("error-text")).getText());
        assertFalse(error.getText().contains("Exception"));
        browser.findElement(By.id("error-close")).click();
        type("dt", "0.001");
    }

    @Test
    @Order(3)
    void controllersAreComparedAsOverlays() throws IOException {
        browser.findElement(By.cssSelector("button[data-tab=compare]")).click();
        type("duration", "6");
        browser.findElement(By.id("compare-run")).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("compare-status"),
                "controllers on one scenario"));
        long series = (Long) script("return state.compareCharts[1].series.length - 1;");
        long chosen = (Long) script("return document.querySelectorAll('#compare-controllers input:checked').length;");
        assertTrue(chosen >= 2, "several controllers are compared by default: " + chosen);
        assertEquals(chosen, series, "every chosen controller overlaid on the θ1 chart");
        assertTrue(browser.findElement(By.id("compare-summary")).getText().contains("cost J"));
        screenshot("dashboard-compare.png");
    }

    @Test
    @Order(4)
    void aTuneShowsItsConvergenceAndItsGainsCanBeRun() throws IOException {
        browser.findElement(By.cssSelector("button[data-tab=studies]")).click();
        select("controller", "classical_smc");
        type("mc-runs", "40");
        browser.findElement(By.id("mc-start")).click();
        type("tune-particles", "8");
        type("tune-iterations", "8");
        type("tune-duration", "2");
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("mc-status"), "success rate"));
        browser.findElement(By.id("tune-start")).click();
        waitFor().until(ExpectedConditions.elementToBeClickable(By.id("tune-apply")));
        assertTrue(browser.findElement(By.id("tune-table")).getText().contains("tuned"));
        screenshot("dashboard-studies.png");
        String tunedFirstGain = (String) script("return String(state.tuned.gains[0]);");
        browser.findElement(By.id("tune-apply")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#run-downloads a[data-format=csv]")));
        assertEquals(tunedFirstGain, browser.findElement(By.cssSelector("#gains input")).getAttribute("value"));
    }

    private static WebDriverWait waitFor() {
        return new WebDriverWait(browser, WAIT);
    }

    private static Object script(String code) {
        return ((JavascriptExecutor) browser).executeScript(code);
    }

    /** @param where an element id, or a CSS selector below the element of that id ({@code id selector}) */
    private static void type(String where, String text) {
        int space = where.indexOf(' ');
        WebElement input = space < 0 ? browser.findElement(By.id(where))
                : browser.findElement(By.id(where.substring(0, space))).findElement(By.cssSelector(
                        where.substring(space + 1)));
        input.clear();
        input.sendKeys(text);
    }

    private static void select(String id, String value) {
        script("const s = document.getElementById('" + id + "'); s.value = '" + value + "';"
                + " s.dispatchEvent(new Event('change'));");
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        String docs = System.getProperty("dip.docs");
        if (docs != null && !docs.isBlank()) {
            Path directory = Path.of(System.getProperty("dip.root", ".")).resolve(docs);
            if (!Files.isDirectory(directory)) {
                throw new IOException("-Ddip.screenshots=" + docs + ": no directory " + directory);
            }
            Files.copy(shot.toPath(), directory.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
