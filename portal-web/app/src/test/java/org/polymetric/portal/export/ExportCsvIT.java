package org.polymetric.portal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.PortalIT;

/**
 * The CSV answer: header names quoted, numbers not, text quoted with quotes doubled (commas and
 * newlines inside quotes), cells a spreadsheet would run as formulas neutralised by a leading
 * {@code '}, sessions with up to three decimals; and a large export streams: its first line reaches
 * the client while the database is still sending the rows behind it, and the whole arrives.
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
     * straight into the storage's tables as closed buckets. The client reads the first line and
     * stops: the export's query is then still running in the database (it waits for the server
     * to send what it read), so the first line left before the last row was read. Read to the
     * end, the export is whole.
     */
    @Test
    void aLargeExportStreams() throws Exception {
        ExportApi.Game g = ExportApi.Game.create("Large");
        long from = System.currentTimeMillis() / HOUR * HOUR - 7 * HOUR;
        long to = from + 6 * HOUR;
        int browsers = 20;
        int pages = 50;
        LargeExport.seed(g.id(), from, 360, browsers, pages);
        ExportApi api = ExportApi.token(client(), "game", g.id(), "viewer");
        String request = Expected.request(from, to, "1m", List.of("http", "sessions"), List.of("browser.name", "session.page"), Map.of());

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest.Builder post = HttpRequest.newBuilder(client().uri(ExportApi.PATH + "?format=csv"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(request));
        String[] headers = api.headers();
        post.header(headers[0], headers[1]);
        HttpResponse<InputStream> r = http.send(post.build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, r.statusCode());
        try (InputStream body = r.body()) {
            BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 64);
            assertEquals("\"timestamp\",\"browser.name\",\"session.page\",\"http\",\"sessions\"", lines.readLine());
            assertEquals(from + ",\"b001\",\"p001\",1000,1", lines.readLine());
            assertTrue(LargeExport.queryHeld(g.id(), 10_000),
                    "the export's query is still running in the database while the client has read one line");
        }

        // a new client: the first one's connection was given up in the middle of a body
        HttpResponse<InputStream> whole = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                .send(post.build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, whole.statusCode());
        long count = 0;
        String last = null;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(whole.body(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                count++;
                last = line;
            }
        }
        assertEquals(1 + 360L * browsers * pages, count);
        assertEquals((to - MINUTE) + ",\"b020\",\"p050\",1000,1", last);
        assertEquals(1, Fixtures.count("SELECT 1"), "the database is still there");
    }
}
