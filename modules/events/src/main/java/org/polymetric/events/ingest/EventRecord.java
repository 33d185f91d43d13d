package org.polymetric.events.ingest;

import java.util.Map;

/**
 * One custom event of a request, cleaned as Countly stores it.
 *
 * @param segmentation cleaned segment key → cleaned value (arrays and objects left out)
 * @param timestamp    epoch seconds of the event (the request's when it has none)
 */
public record EventRecord(String key, long count, double sum, double dur, Map<String, String> segmentation,
                          long timestamp) {
}
