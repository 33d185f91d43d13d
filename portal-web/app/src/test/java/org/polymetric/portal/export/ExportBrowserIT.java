package org.polymetric.portal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.polymetric.portal.BrowserIT;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.ModuleBrowserIT;
import org.polymetric.portal.PortalClient;

/**
 * A viewer in headless Chromium ({@link BrowserIT#open()}) signs in, follows "Export" to a game's
 * builder, ticks metrics, splits by browser, previews (table and chart), and downloads the CSV,
 * which is the file the same link gives a signed-in client; screenshots land in target/screenshots.
 */
class ExportBrowserIT extends ModuleBrowserIT {
    static Path downloads;

    @BeforeAll
    static void allowDownloads() throws Exception {
        downloads = Files.createTempDirectory("export-downloads");
        // headless Chromium downloads only where it is told to
        ((ChromeDriver) browser).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
    }

    private static String beacon(String key, String device, long end, String browserName) {
        return "{\"app_key\": \"" + key + "\", \"device_id\": \"" + device + "\", \"timestamp\": " + end
                + ", \"interval_ms\": 60000, \"channel_id\": \"c\", \"stream_id\": \"s\", \"cdn_bytes\": 1000000,"
                + " \"p2p_bytes\": 250000, \"played_ms\": 60000, \"browser\": \"" + browserName + "\", \"country_code\": \"FR\"}";
    }

    @Test
    void aViewerBuildsAnExportPreviewsItAndDownloadsTheCsv() throws Exception {
        long org = Fixtures.organization(Fixtures.unique("exportbrowser"));
        long game = Fixtures.game(Fixtures.studio(org, "Broadcasts"), "Sports TV");
        String key = Fixtures.text("SELECT game_key FROM game WHERE id = ?", game);
        String email = Fixtures.user("exportbrowser");
        Fixtures.grant(email, "organization", org, "viewer");
        // beacons of two browsers over the last hours: inside the builder's first form (the last 24 hours by hour)
        long now = System.currentTimeMillis();
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < 6; i++) {
            long end = now - 2 * 3_600_000L - i * 1_800_000L;
            body.append(i == 0 ? "" : ", ").append(beacon(key, "a" + i, end, "Chrome")).append(", ").append(beacon(key, "b" + i, end, "Firefox"));
        }
        HttpResponse<String> posted = client().postBytes("/api/ingest/playback", "application/json",
                body.append("]").toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(204, posted.statusCode(), posted.body());

        signIn(email);

        browser.findElement(By.linkText("Export")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Export"));
        browser.findElement(By.linkText("Sports TV")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Export · Sports TV"));
        browser.findElement(By.cssSelector("input[name=metric][value=sessions]")).click();
        new Select(browser.findElement(By.id("dimension0"))).selectByValue("browser.name");
        browser.findElement(By.id("filter-country-code")).sendKeys("FR");
        snap("export-form");
        browser.findElement(By.cssSelector("form.builder button[type=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.preview")));
        // the beacons may reach the rollups just after the request: reload until they are there
        for (int tries = 0; browser.findElements(By.cssSelector("table.preview tbody tr")).size() < 2 && tries < 40; tries++) {
            Thread.sleep(250);
            browser.navigate().refresh();
        }
        List<String> header = browser.findElements(By.cssSelector("table.preview thead th")).stream().map(e -> e.getText()).toList();
        assertEquals(List.of("timestamp", "browser.name", "http", "p2p", "sessions"), header);
        List<String> browsers = browser.findElements(By.cssSelector("table.preview tbody tr td:nth-child(2)")).stream()
                .map(e -> e.getText()).distinct().toList();
        assertEquals(List.of("Chrome", "Firefox"), browsers);
        assertTrue(browser.findElement(By.cssSelector("section.preview svg.chart")).isDisplayed(), "the chart");
        assertTrue(browser.findElement(By.cssSelector("section.api pre.curl")).getText().contains("\"country.code\":[\"FR\"]"));
        snap("export-preview");

        String link = browser.findElement(By.cssSelector("a.download")).getAttribute("href");
        browser.findElement(By.cssSelector("a.download")).click();
        Path file = null;
        for (int tries = 0; file == null && tries < 80; tries++) {
            try (Stream<Path> files = Files.list(downloads)) {
                file = files.filter(p -> p.toString().endsWith(".csv")).findFirst().orElse(null);
            }
            if (file == null) {
                Thread.sleep(250);
            }
        }
        assertTrue(file != null, "the CSV was downloaded");
        assertTrue(file.getFileName().toString().startsWith("export-" + game + "-1h-"), file.toString());
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\"timestamp\",\"browser.name\",\"http\",\"p2p\",\"sessions\"\n"), csv);
        PortalClient same = client();
        same.loginOrFail(email, Fixtures.PASSWORD);
        HttpResponse<String> again = same.get(link.substring(base.toString().replaceAll("/$", "").length()));
        assertEquals(200, again.statusCode());
        assertEquals(again.body(), csv, "the file is what the link answers");
        assertEquals(browser.findElements(By.cssSelector("table.preview tbody tr")).size() + 1, csv.split("\n").length,
                "the preview shows every line of a short export");
    }
}
