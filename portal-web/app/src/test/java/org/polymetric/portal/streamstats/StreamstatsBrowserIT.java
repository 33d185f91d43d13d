package org.polymetric.portal.streamstats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.polymetric.portal.BrowserIT;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.ModuleBrowserIT;

/**
 * A viewer in headless Chromium ({@link BrowserIT#open()}) signs in, follows "Stream stats" to a
 * game's channels over 24 hours, opens a channel and one of its streams, and sees the tables,
 * the SVG charts and the breakdowns; screenshots land in target/screenshots.
 */
class StreamstatsBrowserIT extends ModuleBrowserIT {
    private static String beacon(String key, String device, long end, String channel, String stream, String bitrate,
                                 long cdn, long p2p, String os) {
        return "{\"app_key\": \"" + key + "\", \"device_id\": \"" + device + "\", \"timestamp\": " + end
                + ", \"interval_ms\": 60000, \"channel_id\": \"" + channel + "\", \"stream_id\": \"" + stream
                + "\", \"bitrate\": \"" + bitrate + "\", \"cdn_bytes\": " + cdn + ", \"p2p_bytes\": " + p2p
                + ", \"played_ms\": 60000, \"rebuffered_ms\": 600, \"buffer_health_ms\": 8000,"
                + " \"response_time_ms\": {\"cdn\": 120, \"p2p\": 45}, \"dropped_frames\": 2, \"os\": \"" + os + "\"}";
    }

    @Test
    void aViewerGoesFromTheGameToAChannelAndAStream() throws Exception {
        long org = Fixtures.organization(Fixtures.unique("streambrowser"));
        long game = Fixtures.game(Fixtures.studio(org, "Broadcasts"), "Sports TV");
        String key = Fixtures.text("SELECT game_key FROM game WHERE id = ?", game);
        String email = Fixtures.user("streambrowser");
        Fixtures.grant(email, "organization", org, "viewer");
        // a beacon a minute for the last half hour on two channels: the charts have lines
        StringBuilder body = new StringBuilder("[");
        // the latest ends now: it overlaps the last complete minute even if a minute turns while the test reads
        long now = System.currentTimeMillis();
        for (int i = 0; i < 30; i++) {
            long end = now - i * 60_000L;
            body.append(i == 0 ? "" : ", ").append(beacon(key, "d1", end, "football", "main", "3000000", 5_000_000 + i * 100_000L,
                    9_000_000, "android"));
            body.append(", ").append(beacon(key, "d2", end, "football", "main", "1500000", 4_000_000, 0, "ios"));
            body.append(", ").append(beacon(key, "d3", end, "tennis", "court1", "3000000", 2_000_000, 1_000_000, "windows"));
        }
        HttpResponse<String> posted = client().postBytes("/api/ingest/playback", "application/json",
                body.append("]").toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(204, posted.statusCode(), posted.body());

        signIn(email);

        browser.findElement(By.linkText("Stream stats")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Stream stats"));
        browser.findElement(By.linkText("Sports TV")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Sports TV"));
        assertEquals("Live", browser.findElement(By.cssSelector("nav.windows a.active")).getText());
        browser.findElement(By.linkText("1 hour")).click();
        waiting().until(ExpectedConditions.textToBe(By.cssSelector("nav.windows a.active"), "1 hour"));
        assertEquals("football", browser.findElement(By.cssSelector("table.summary tbody tr td.key a")).getText());
        assertTrue(browser.findElement(By.cssSelector("div.chart-card[data-metric=throughput] svg.chart polyline")).isDisplayed());
        snap("streamstats-channels");

        browser.findElement(By.linkText("football")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Channel football"));
        assertEquals("1 hour", browser.findElement(By.cssSelector("nav.windows a.active")).getText(), "the window carries over");
        snap("streamstats-channel");

        browser.findElement(By.linkText("main")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Stream main"));
        assertEquals(2, browser.findElements(By.cssSelector("table.summary tbody tr")).size(), "two renditions");
        assertFalse(browser.findElements(By.cssSelector("div.breakdown[data-metric=os] tbody tr")).isEmpty());
        snap("streamstats-stream");
    }
}
