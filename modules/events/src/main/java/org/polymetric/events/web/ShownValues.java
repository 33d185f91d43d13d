package org.polymetric.events.web;

import java.util.List;
import org.polymetric.events.domain.Metric;
import org.polymetric.events.ingest.ReportParser;
import org.polymetric.events.read.Dashboard;
import org.polymetric.events.read.Reports;

/**
 * A stored value as the pages and CSV downloads show it: as the SDK sent it, as far as the
 * storage encodings the write API keeps for Countly can be undone (the events README, "Values as
 * stored / as shown"). Segment values and metric values have their colons turned back into dots
 * and a day number loses Countly's {@code [CLY]} mark; an OS version is named by its OS
 * ({@code a4:4} → {@code Android 4.4}); a country code becomes its English name.
 *
 * <p>Only pages use it: {@code /o} answers Countly's stored form, byte for byte, as Countly's own
 * API does (its dashboard decodes in the browser). Turning colons into dots cannot tell a colon
 * the SDK sent from a dot it sent ({@code 12:30} shows as {@code 12.30}); Countly's dashboard shows
 * the same. A leading {@code $}, the dots of segment keys and text beyond 191 characters are gone
 * for good at ingest.
 */
public final class ShownValues {
    private ShownValues() {
    }

    /**
     * A custom event's segment value, as Countly's dashboard shows it: colons as dots, a day number
     * without its mark, and a URL's {@code https.//} (its scheme's colon turned to a dot) back to
     * {@code https://}.
     */
    public static String segment(String stored) {
        String v = stored;
        if (v.startsWith(ReportParser.DAY_MARK)
                && ReportParser.DAY_NUMBER.matcher(v.substring(ReportParser.DAY_MARK.length())).matches()) {
            v = v.substring(ReportParser.DAY_MARK.length());
        }
        return dots(v).replace(".//", "://");
    }

    /** A value of a session family ({@code app_versions}, {@code os_versions}, {@code countries}…). */
    public static String metric(String family, String stored) {
        if (family.equals("countries")) {
            return Dashboard.countryName(stored);
        }
        if (family.equals("cities")) {
            return stored; // kept as sent
        }
        String v = dots(stored);
        if (family.equals(Metric.OS_VERSION.family())) {
            return Metric.osOfVersion(stored).map(os -> os.getKey() + " " + v.substring(os.getValue())).orElse(v);
        }
        return v;
    }

    /** A family's ranked rows with their values as shown. */
    public static List<Reports.Ranked> ranked(String family, List<Reports.Ranked> rows) {
        return rows.stream().map(r -> new Reports.Ranked(metric(family, r.value()), r.sessions(), r.users(), r.fresh(), r.share()))
                .toList();
    }

    /** An event's segment values with their values as shown. */
    public static List<Reports.SegmentValue> segmentValues(List<Reports.SegmentValue> rows) {
        return rows.stream().map(v -> new Reports.SegmentValue(segment(v.value()), v.count(), v.sum(), v.duration())).toList();
    }

    private static String dots(String stored) {
        return stored.replace(':', '.');
    }
}
