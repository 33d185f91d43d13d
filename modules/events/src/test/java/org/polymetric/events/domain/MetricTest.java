package org.polymetric.events.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SDK metrics Countly keeps, the segment family each lands in, and how their values are stored. */
class MetricTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "_os, os",
        "_os_version, os_versions",
        "_device, devices",
        "_resolution, resolutions",
        "_carrier, carriers",
        "_app_version, app_versions",
        "_density, density",
        "_locale, langs",
        "_manufacturer, manufacturers",
        "_device_type, device_type",
        "_browser, browser"})
    void everyDocumentedMetricHasAFamily(String parameter, String family) {
        assertEquals(family, Metric.byParameter(parameter).orElseThrow().family());
    }

    @Test
    void otherNamesAreNotMetrics() {
        assertEquals(Optional.empty(), Metric.byParameter("os"));
        assertEquals(Optional.empty(), Metric.byParameter("_OS"));
        assertEquals(Optional.empty(), Metric.byParameter("_custom"));
    }

    @Test
    void aLeadingDollarIsRemoved() {
        assertEquals("Samsung", Metric.clean("$Samsung"));
        assertEquals("Samsung", Metric.clean("$$Samsung"));
        assertEquals("US$", Metric.clean("US$"));
    }

    @Test
    void dotsBecomeColons() {
        assertEquals("1:2:3", Metric.clean("1.2.3"));
        assertEquals("1080x1920", Metric.clean("1080x1920"));
    }

    @Test
    void surroundingSpaceIsRemoved() {
        assertEquals("Pixel 8", Metric.clean("  Pixel 8 "));
    }

    @Test
    void aLongValueIsCutNotRefused() {
        String cut = Metric.clean("x".repeat(300));
        assertEquals(Metric.MAX_VALUE, cut.length());
        assertEquals("x".repeat(191), cut);
        assertEquals("y".repeat(191), Metric.clean("y".repeat(191)));
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
        "Android, 4.4, a4:4",
        "android, 14, a14",
        "iOS, 17.1, i17:1",
        "iPadOS, 17.1, i17:1",
        "Windows Phone, 8.1, w8:1",
        "Windows, 10, mw10",
        "macOS, 14.2.1, o14:2:1",
        "Mac OS X, 10.15, o10:15",
        "Linux, 6.1, l6:1",
        "tvOS, 17, atv17",
        "watchOS, 10.1, wos10:1",
        "Web, 1.0, web1:0"})
    void osVersionsCarryTheirOsPrefix(String os, String version, String stored) {
        assertEquals(stored, Metric.osVersion(os, version));
    }

    @Test
    void aVersionAlreadyPrefixedIsNotPrefixedTwice() {
        assertEquals("a4:4", Metric.osVersion("Android", "a4.4"));
    }

    @Test
    void anUnknownOrMissingOsGivesNoPrefix() {
        assertEquals("3:2", Metric.osVersion("Haiku", "3.2"));
        assertEquals("3:2", Metric.osVersion(null, "3.2"));
        assertEquals("3:2", Metric.osVersion("", "3.2"));
    }

    @Test
    void osVersionsAreCleanedLikeOtherValues() {
        assertEquals("i17:1", Metric.osVersion(" iOS ", "$17.1"));
    }
}
