package org.polymetric.events.read;

import java.time.LocalDateTime;

/** One row of {@code events_event_hour}. */
public record EventRow(String key, String seg, String val, LocalDateTime hour, long c, double s, double dur) {
}
