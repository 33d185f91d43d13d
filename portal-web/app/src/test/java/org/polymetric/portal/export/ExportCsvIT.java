package org.polymetric.portal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.ref.Reference;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.PortalIT;

/**
 * The CSV answer: header names quoted, numbers not, text quoted with quotes doubled (commas and
 * newlines inside quotes), cells a spreadsheet would run as formulas neutralised by a leading
 * {@code '}, sessions with up to three decimals; and a large export streams: its first lines reach
 * the client before its last row can be read, and the whole arrives.
 */
class ExportCsvIT extends PortalIT {
    private static final long MINUTE = 60_000;
    private static final long HOUR = 3_600_000;
    private static final String HEADER = "\"timestamp\",\"session.page\",\"http\",\"sessions\"";

    /** A minute that ended at least an hour ago. */
    private final long minute = System.currentTimeMillis() / HOUR * HOUR - HOUR + 7 * MINUTE;

    private List<Play> pages(String key) {
        List<Play> plays = new ArrayList<>();
        String[] pages = {"", "+1", "-x", "=cmd", "@y", "He said \"hi\"", "a,b", "line1\nline2", "plain"};
        long[] seconds = {6, 1, 45, 20, 59, 60, 30, 60, 60};
        for (int i = 0; i < pages.length; i++) {
            long http = pages[i].equals("plain") ? 10_000_000_000_000L : i == 7 ? 4 : i + 1;
            plays.add(Play.of(key, "d-" + i, minute + MINUTE).lasting(seconds[i] * 1_000).bytes(http, 0).with("session.page", pages[i]));
        }
        plays.add(Play.of(key, "d-9", minute + MINUTE).bytes(4, 0).with("session.page", "line1\nline2"));
        return plays;
    }

    @Test
    void valuesAreQuotedEscapedAndNeutralisedAndNumbersAreBare() {
        ExportApi.Posted posted = ExportApi.Posted.of(client(), "CSV", this::pages);
        List<Play> plays = posted.plays();
        ExportApi api = posted.api();
        String request = Expected.request(minute, minute + MINUTE, "1m", List.of("http", "sessions"), List.of("session.page"), Map.of());
        assertEquals(HEADER + "\n"
                + minute + ",\"\",1,0.1\n"
                + minute + ",\"'+1\",2,0.017\n"
                + minute + ",\"'-x\",3,0.75\n"
                + minute + ",\"'=cmd\",4,0.333\n"
                + minute + ",\"'@y\",5,0.983\n"
                + minute + ",\"He said \"\"hi\"\"\",6,1\n"
                + minute + ",\"a,b\",7,0.5\n"
                + minute + ",\"line1\nline2\",8,2\n"
                + minute + ",\"plain\",10000000000000,1\n", api.csv("", request));
        // JSON carries the values as they are: nothing to neutralise there
        assertEquals(Expected.data(plays, minute, minute + MINUTE, MINUTE, List.of("http", "sessions"), List.of("session.page"), Map.of()),
                api.data(request));
        String total = Expected.request(minute - MINUTE, minute + MINUTE, "1m", List.of("sessions", "http"), List.of(), Map.of());
        assertEquals("\"timestamp\",\"sessions\",\"http\"\n"
                + (minute - MINUTE) + ",0,0\n"
                + minute + ",6.683,10000000000036\n", api.csv("", total), "401 s of beacons in 60 s");
    }

    /**
     * Six hours of minutes with 20 browsers × 50 pages (360 000 rows, some 20 MB of CSV), written
     * straight into the storage's tables: the first 359 minutes closed (read from the projection),
     * the last open (read from the full rows, after them). While the test holds a write lock on the
     * full rows, the export cannot read its last minute: the database shows it waiting for the lock,
     * yet the client has the status and reads the first lines: they left before the last row could
     * be read. Once the lock goes, the rest arrives, whole.
     *
     * <p>The lock is held only briefly once the export waits for it: the portal's statements give
     * up on a lock after 3 s ({@link #anExportTheDatabaseCutsEndsBroken}).
     */
    @Test
    void aLargeExportStreams() throws Exception {
        ExportApi.Game g = ExportApi.Game.create("Large");
        long from = System.currentTimeMillis() / HOUR * HOUR - 7 * HOUR;
        long to = from + 6 * HOUR;
        int browsers = 20;
        int pages = 50;
        LargeExport.seed(g.id(), from, 360, browsers, pages);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Reading reading;
        try (AutoCloseable lock = LargeExport.lockFullMinutes()) {
            reading = Reading.start(http, csvExport(g, from, to));
            assertEquals(200, reading.status(), "the answer begins while its last row cannot be read");
            assertTrue(LargeExport.waitsForTheLock(30_000), "the export waits to read its last minute from the full rows");
            assertTrue(reading.hasAtLeast(2, 2_000), "the first lines arrive while the last minute cannot be read");
        }
        reading.end(60_000);
        Reference.reachabilityFence(http);
        assertEquals(List.of("\"timestamp\",\"browser.name\",\"session.page\",\"http\",\"sessions\"",
                from + ",\"b001\",\"p001\",1000,1"), reading.first);
        assertEquals(1 + 360L * browsers * pages, reading.count.get());
        assertEquals((to - MINUTE) + ",\"b020\",\"p050\",1000,1", reading.last.get());
        assertEquals(1, Fixtures.count("SELECT 1"), "the database is still there");
    }

    /**
     * An export the database stops half way (here its last minute waits on a lock longer than the
     * portal's statements wait, 3 s) has already sent its status and first lines: it cannot become
     * an error answer. The portal ends the connection without the chunked body's last chunk, so the
     * client reads a broken body, never a shorter CSV that looks whole; and the portal answers the
     * next request.
     */
    @Test
    void anExportTheDatabaseCutsEndsBroken() throws Exception {
        ExportApi.Game g = ExportApi.Game.create("Cut");
        long from = System.currentTimeMillis() / HOUR * HOUR - 3 * HOUR;
        long to = from + 60 * MINUTE;
        LargeExport.seed(g.id(), from, 60, 10, 20);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Reading reading;
        try (AutoCloseable lock = LargeExport.lockFullMinutes()) {
            reading = Reading.start(http, csvExport(g, from, to));
            assertEquals(200, reading.status());
            reading.end(30_000);
        }
        Reference.reachabilityFence(http);
        assertTrue(reading.last.get().startsWith("failed: "), "a cut body fails to read; it ended with " + reading.last.get()
                + " after " + reading.count.get() + " lines");
        assertTrue(reading.count.get() < 1 + 60L * 10 * 20, reading.count + " lines");
        assertEquals(200, Reading.start(http, csvExport(g, from, to - MINUTE)).status(), "the next export is answered");
    }

    private HttpRequest csvExport(ExportApi.Game g, long from, long to) {
        ExportApi api = ExportApi.token(client(), "game", g.id(), "viewer");
        String request = Expected.request(from, to, "1m", List.of("http", "sessions"), List.of("browser.name", "session.page"), Map.of());
        HttpRequest.Builder post = HttpRequest.newBuilder(client().uri(ExportApi.PATH + "?format=csv"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(request));
        String[] headers = api.headers();
        return post.header(headers[0], headers[1]).build();
    }

    /** A CSV answer read line by line on a thread of its own, as it arrives. */
    private static final class Reading {
        final AtomicLong count = new AtomicLong();
        final AtomicReference<String> last = new AtomicReference<>("");
        final List<String> first = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final HttpResponse<InputStream> response;
        private final Thread reader;

        private Reading(HttpResponse<InputStream> response) {
            this.response = response;
            this.reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        if (count.incrementAndGet() <= 2) {
                            first.add(line);
                        }
                        last.set(line);
                    }
                } catch (IOException e) {
                    last.set("failed: " + e);
                }
            });
            reader.start();
        }

        /** The client is the caller's and held by it to the end: an HttpClient no longer referenced stops its bodies. */
        static Reading start(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
            return new Reading(http.send(request, HttpResponse.BodyHandlers.ofInputStream()));
        }

        int status() {
            return response.statusCode();
        }

        boolean hasAtLeast(long lines, long waitMs) throws InterruptedException {
            long until = System.currentTimeMillis() + waitMs;
            while (count.get() < lines && System.currentTimeMillis() < until) {
                Thread.sleep(10);
            }
            return count.get() >= lines;
        }

        void end(long waitMs) throws InterruptedException {
            reader.join(waitMs);
            assertFalse(reader.isAlive(), "the body ends");
        }
    }
}
