package org.polymetric.export.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.polymetric.export.domain.ExportQuery;

/** The command shown beside the preview: Peer5's body in the seed's field order, every argument safely single-quoted. */
class CurlCommandTest {
    @Test
    void theBodyIsTheApisAndQuotesAreEscapedForTheShell() {
        ExportQuery q = ExportQuery.of(0L, 86_400_000L, "1d", List.of("http", "sessions"), Map.of("os.name", List.of("it's")),
                List.of("browser.name"), 86_400_000L);
        assertEquals("curl -X POST 'https://portal.example/api/export/v1/export?game_id=7' -H 'X-Auth-Token: YOUR_TOKEN'"
                + " -H 'Content-Type: application/json' -d '{\"from\":0,\"to\":86400000,\"interval\":\"1d\",\"metrics\":[\"http\",\"sessions\"],"
                + "\"filters\":{\"os.name\":[\"it'\\''s\"]},\"dimensions\":[\"browser.name\"]}'",
                CurlCommand.of("https://portal.example", 7, q));
    }
}
