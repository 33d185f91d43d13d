package org.polymetric.events.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.polymetric.events.domain.Metric;
import org.polymetric.events.ingest.ReportParser;
import org.polymetric.events.read.Reports;

/** What pages show for a stored value: what the SDK sent, where the storage encoding can be undone. */
class ShownValuesTest {

    /** What the write API stores for a segment value the SDK sent, as the pages must show it back. */
    private static String roundTrip(String sent) {
        return ShownValues.segment(ReportParser.segmentValue(sent));
    }

    @ParameterizedTest(name = "{0} is shown as sent")
    @CsvSource({"7", "1", "31", "0", "32", "1.2.3", "gold", "'[CLY]x'", "https://example.com/a.html", "v2.1-beta", "''"})
    void segmentValuesComeBackAsSent(String sent) {
        assertEquals(sent, roundTrip(sent));
    }

    @Test
    void aDayNumberLosesItsMarkAndColonsBecomeDots() {
        assertEquals("7", ShownValues.segment("[CLY]7"));
        assertEquals("1.2.3", ShownValues.segment("1:2:3"));
        assertEquals("[CLY]32", ShownValues.segment("[CLY]32"), "only the mark Countly puts on a day number goes");
        assertEquals("[CLY]_view", ShownValues.segment("[CLY]_view"));
    }

    @Test
    void aColonTheSdkSentShowsAsADotAsInCountly() {
        assertEquals("12.30", roundTrip("12:30"));
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
        "app_versions, 2:1:0, 2.1.0",
        "carriers, T-Mobile U:S:, T-Mobile U.S.",
        "os, Android, Android",
        "resolutions, 1080x1920, 1080x1920",
        "devices, SM-G991:B, SM-G991.B",
        "os_versions, a4:4, Android 4.4",
        "os_versions, i17:2, iOS 17.2",
        "os_versions, atv17:1, tvOS 17.1",
        "os_versions, wos10, watchOS 10",
        "os_versions, mw10:0, Windows 10.0",
        "os_versions, 17:2, 17.2",
        "os_versions, lollipop, lollipop",
        "countries, TR, Turkey",
        "countries, Unknown, Unknown",
        "cities, St. Louis, St. Louis"})
    void metricValues(String family, String stored, String shown) {
        assertEquals(shown, ShownValues.metric(family, stored));
    }

    @Test
    void everyOsVersionTheWriteApiPrefixesIsNamed() {
        for (String os : List.of("Android", "iOS", "iPadOS", "Windows Phone", "WP", "Windows", "Mac OS X", "macOS", "Mac",
                "OSX", "Linux", "Unix", "BlackBerry", "Roku", "Symbian", "Chrome OS", "Tizen", "tvOS", "watchOS", "Web",
                "Unity Editor", "Amazon Fire TV")) {
            String shown = ShownValues.metric("os_versions", Metric.osVersion(os, "4.4"));
            assertEquals(" 4.4", shown.substring(shown.length() - 4), os + ": " + shown);
            assertTrue(shown.length() > 4 && Character.isLetter(shown.charAt(0)), os + " is named: " + shown);
        }
    }

    @Test
    void rowsKeepTheirFiguresAndOrder() {
        List<Reports.Ranked> ranked = ShownValues.ranked("app_versions",
                List.of(new Reports.Ranked("2:1:0", 5, 4, 3, 60), new Reports.Ranked("1:0", 3, 2, 1, 40)));
        assertEquals(List.of(new Reports.Ranked("2.1.0", 5, 4, 3, 60), new Reports.Ranked("1.0", 3, 2, 1, 40)), ranked);
        assertEquals(List.of(new Reports.SegmentValue("7", 2, 1.5, 3), new Reports.SegmentValue("1.2.3", 1, 0, 0)),
                ShownValues.segmentValues(List.of(new Reports.SegmentValue("[CLY]7", 2, 1.5, 3),
                        new Reports.SegmentValue("1:2:3", 1, 0, 0))));
    }
}
