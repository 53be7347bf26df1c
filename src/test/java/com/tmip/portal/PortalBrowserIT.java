package com.tmip.portal;

import com.tmip.support.JarProcess;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partner walk-through in a real browser (Debian's headless Chromium through Selenium) against the real jar:
 * {@code serve} on the embedded database with the sample accounts and users. A partner signs in, uploads the sample
 * workbook with its certificates, watches the progress reach 100%, sees the failures table and the chart, downloads
 * rejected-rows.xlsx, fixes a row, uploads it again and sees the case; another partner cannot open the first one's
 * run. While the portal holds the embedded database, a command-line command says so in one line at once. A
 * screenshot of each page is written to {@code target/portal-screenshots/}. Without Chromium this fails on CI
 * ({@code CI=true}) and skips with a message elsewhere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalBrowserIT {

    static final Path SAMPLES = Path.of("samples").toAbsolutePath();
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/portal-screenshots").toAbsolutePath();
    static final Duration WAIT = Duration.ofMinutes(3);

    Path home;
    JarProcess portal;
    String base;
    WebDriver browser;
    final List<String> shots = new ArrayList<>();

    @BeforeAll
    void start() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "Chromium (" + CHROMIUM + ") or its driver (" + CHROMEDRIVER + ") is not installed;"
                    + " install the Debian packages chromium and chromium-driver (.ci/run does)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message + ": on CI the browser test must run");
            }
            System.err.println("SKIPPED: " + message);
            Assumptions.abort(message);
        }
        Files.createDirectories(SCREENSHOTS);
        home = Files.createTempDirectory("tmip-portal-browser");
        assertThat(JarProcess.start(home, List.of(), "import-accounts", SAMPLES.resolve("accounts.csv").toString())
                .waitFor(3)).isZero();
        assertThat(JarProcess.start(home, List.of(), "import-users", SAMPLES.resolve("users.csv").toString(),
                "--tmip.users.bcrypt-strength=4").waitFor(3)).isEqualTo(3);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        portal = JarProcess.start(home, List.of(), "serve", "--port", String.valueOf(port), "--trust-dir",
                SAMPLES.resolve("trust").toString());
        assertThat(portal.awaitLine(l -> l.startsWith("tmip portal: http://127.0.0.1:" + port), 180))
                .as(portal.output()).isTrue();
        base = "http://127.0.0.1:" + port;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory("tmip-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(2));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (portal != null) {
            portal.kill();
        }
        System.out.println("screenshots: " + String.join(", ", shots));
    }

    @Test
    void aPartnerUploadsWatchesFixesAndReuploadsAndAnotherPartnerCannotSeeIt() throws Exception {
        // the command line beside the portal: one line, at once, instead of waiting for the database's lock
        JarProcess cases = JarProcess.start(home, List.of(), "cases");
        assertThat(cases.waitFor(2)).isEqualTo(1);
        assertThat(cases.output()).contains("the portal (tmip serve, process").contains("holds the embedded database");

        signIn("alovelace", "Velvet-Harbor-Lantern-42");
        browser.get(base + "/upload");
        shot("upload");
        WebElement form = browser.findElement(By.cssSelector("#upload-equipment form"));
        form.findElement(By.name("list")).sendKeys(SAMPLES.resolve("equipment.xlsx").toString());
        form.findElement(By.name("certificates")).sendKeys(Files.list(SAMPLES.resolve("cod")).map(Path::toString)
                .sorted().collect(Collectors.joining("\n")));
        form.findElement(By.cssSelector("button")).click();
        String runId = awaitRunPage("run-live-sample");
        shot("run");
        assertThat(text("total-read")).isEqualTo("11");
        assertThat(browser.findElements(By.cssSelector("#failures tbody tr"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#rule-chart rect"))).isNotEmpty();
        assertThat(browser.findElement(By.id("failures")).getText()).contains("ACCOUNT_NOT_YOURS");

        byte[] rejected = download("/runs/" + runId + "/reports/rejected-rows.xlsx");
        byte[] fixed = fixOneRow(rejected);
        Path fixedFile = Files.write(home.resolve("fixed.xlsx"), fixed);
        browser.get(base + "/upload");
        browser.findElement(By.cssSelector("#upload-equipment input[name=list]")).sendKeys(fixedFile.toString());
        browser.findElement(By.cssSelector("#upload-equipment button")).click();
        awaitRunPage("run-live-fixed");
        shot("run-fixed");
        assertThat(text("total-accepted")).isEqualTo("1");

        browser.get(base + "/cases?q=" + fixedSerial);
        shot("cases");
        browser.findElement(By.cssSelector("#cases tbody a")).click();
        shot("case");
        assertThat(browser.findElement(By.id("items")).getText()).contains(fixedSerial);

        browser.get(base + "/runs");
        shot("runs");
        assertThat(browser.findElement(By.id("runs")).getText()).contains(runId);
        browser.get(base + "/templates");
        shot("templates");

        // the live progress of a longer run, up to 100%
        Path large = home.resolve("large.csv");
        StringBuilder csv = new StringBuilder("account,serial_number,platform,disposition,reference\n");
        for (int i = 0; i < 30_000; i++) {
            csv.append("Northwind Telecom,QZ").append(100000 + i).append(",MX480,TRADE_IN,LIVE-1\n");
        }
        Files.writeString(large, csv);
        browser.get(base + "/upload");
        browser.findElement(By.cssSelector("#upload-equipment input[name=list]")).sendKeys(large.toString());
        browser.findElement(By.cssSelector("#upload-equipment input[name=dryRun]")).click();
        browser.findElement(By.cssSelector("#upload-equipment button")).click();
        List<Integer> seen = new ArrayList<>();
        long deadline = System.currentTimeMillis() + WAIT.toMillis();
        boolean shotLive = false;
        while (System.currentTimeMillis() < deadline && !browser.getCurrentUrl().contains("/runs/")) {
            List<WebElement> percent = browser.findElements(By.id("percent"));
            try {
                String p = percent.isEmpty() ? "" : percent.get(0).getText();
                if (p.endsWith("%")) {
                    seen.add(Integer.parseInt(p.substring(0, p.length() - 1)));
                    if (!shotLive && seen.get(seen.size() - 1) > 0) {
                        shot("run-progress");
                        shotLive = true;
                    }
                }
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                // the page moved on
            }
            Thread.sleep(100);
        }
        assertThat(browser.getCurrentUrl()).contains("/runs/");
        assertThat(seen).as("the percentages the live page showed").contains(100);
        assertThat(seen.stream().filter(p -> p > 0 && p < 100).count()).as("progress before the end: " + seen)
                .isPositive();
        assertThat(text("total-read")).isEqualTo("30000");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(base + "/runs/" + runId);
        shot("run-phone");
        browser.manage().window().setSize(new Dimension(1280, 900));

        browser.findElement(By.cssSelector("form.who button")).click();
        signIn("lberg", "quiet-ostrich-ladder-907");
        browser.get(base + "/runs/" + runId);
        shot("other-partner-run");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
        assertThat(browser.getPageSource()).doesNotContain("ACCOUNT_NOT_YOURS");
        browser.get(base + "/runs");
        assertThat(browser.getPageSource()).doesNotContain(runId);
    }

    static final String NOT_YOURS = "this upload registers equipment for account ACC-1001 only; the row names another"
            + " account";
    String fixedSerial;

    /**
     * Keeps the first rejected row that failed only for naming another account, with Northwind's account instead,
     * and drops the errors column and the other rows: what a partner does in Excel.
     */
    byte[] fixOneRow(byte[] rejected) throws IOException {
        DataFormatter formatter = new DataFormatter();
        try (Workbook in = new XSSFWorkbook(new ByteArrayInputStream(rejected)); XSSFWorkbook out = new XSSFWorkbook()) {
            Sheet sheet = in.getSheetAt(0);
            Row header = sheet.getRow(0);
            int errors = -1;
            int account = -1;
            int serial = -1;
            int disposition = -1;
            for (Cell cell : header) {
                // the partner's own column labels ("Associated Account", "Serial Number"), and ours: errors
                String label = formatter.formatCellValue(cell).toLowerCase(java.util.Locale.ROOT);
                if (label.equals("errors")) {
                    errors = cell.getColumnIndex();
                } else if (label.contains("account") && account < 0) {
                    account = cell.getColumnIndex();
                } else if (label.contains("serial")) {
                    serial = cell.getColumnIndex();
                } else if (label.contains("disposition")) {
                    disposition = cell.getColumnIndex();
                }
            }
            assertThat(List.of(errors, account, serial, disposition)).doesNotContain(-1);
            Row chosen = null;
            for (int r = 1; r <= sheet.getLastRowNum() && chosen == null; r++) {
                Row row = sheet.getRow(r);
                String message = formatter.formatCellValue(row.getCell(errors));
                if (message.strip().equals(NOT_YOURS)
                        && formatter.formatCellValue(row.getCell(disposition)).toUpperCase().contains("TRADE")) {
                    chosen = row;
                }
            }
            assertThat(chosen).as("a trade-in row rejected only for its account").isNotNull();
            Sheet target = out.createSheet("Equipment");
            Row outHeader = target.createRow(0);
            Row outRow = target.createRow(1);
            int c = 0;
            for (Cell cell : header) {
                if (cell.getColumnIndex() == errors) {
                    continue;
                }
                outHeader.createCell(c).setCellValue(formatter.formatCellValue(cell));
                String value = cell.getColumnIndex() == account ? "Northwind Telecom"
                        : formatter.formatCellValue(chosen.getCell(cell.getColumnIndex()));
                outRow.createCell(c++).setCellValue(value);
            }
            fixedSerial = formatter.formatCellValue(chosen.getCell(serial)).strip().toUpperCase();
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            out.write(bytes);
            return bytes.toByteArray();
        }
    }

    void signIn(String username, String password) {
        browser.get(base + "/login");
        if (username.equals("alovelace")) {
            shot("login");
        }
        browser.findElement(By.name("username")).sendKeys(username);
        browser.findElement(By.name("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form button")).click();
        assertThat(browser.findElement(By.id("me")).getText()).isEqualTo(username);
    }

    /** Waits for the run page after an upload, taking a screenshot of the live page if it is still showing. */
    String awaitRunPage(String liveShot) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT.toMillis();
        boolean shotLive = false;
        while (System.currentTimeMillis() < deadline) {
            if (browser.getCurrentUrl().contains("/runs/") && !browser.findElements(By.id("run-id")).isEmpty()) {
                return text("run-id");
            }
            if (!shotLive && !browser.findElements(By.id("live")).isEmpty()) {
                shot(liveShot);
                shotLive = true;
            }
            assertThat(browser.findElements(By.id("failed"))).as("the upload failed").isEmpty();
            Thread.sleep(100);
        }
        throw new AssertionError("no run page after " + WAIT + ": " + browser.getCurrentUrl());
    }

    /** A report as the browser would download it: with the browser's session. */
    byte[] download(String path) throws Exception {
        String cookie = browser.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Cookie", "JSESSIONID=" + cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        Files.write(SCREENSHOTS.resolve("rejected-rows.xlsx"), response.body());
        return response.body();
    }

    String text(String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }

    void shot(String name) {
        Path file = SCREENSHOTS.resolve(shots.size() + 1 + "-" + name + ".png");
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(png);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        shots.add(file.getFileName().toString());
    }
}
