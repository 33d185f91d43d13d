package org.polymetric.events.ingest;

import java.util.List;
import java.util.Map;

/**
 * One SDK request, checked and cleaned: everything the writer needs and nothing it must parse.
 *
 * @param timestamp       epoch seconds, never in the future
 * @param sessionDuration seconds to add (already capped), or null
 * @param metrics         segment family → cleaned value, only with {@code begin_session}
 * @param country         ISO code, {@code Unknown} when the device opted out of location, or null when
 *                        it could not be located (a session then counts under {@code Unknown})
 * @param properties      JSON members to keep on the device (metrics, user details, consent)
 * @param fingerprint     SHA-1 of the request's parameters and timestamp (else its arrival millisecond):
 *                        the same request twice is a duplicate
 */
public record Report(App app, String deviceId, long timestamp, boolean beginSession, Integer sessionDuration,
                     boolean endSession, Map<String, String> metrics, List<EventRecord> events, String country,
                     String city, Map<String, String> properties, String oldDeviceId, byte[] fingerprint) {
}
