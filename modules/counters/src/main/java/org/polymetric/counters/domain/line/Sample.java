package org.polymetric.counters.domain.line;

import java.time.Instant;
import org.polymetric.counters.domain.Counter;
import org.polymetric.counters.domain.Source;

/**
 * One counter value from a write request.
 *
 * @param line the 1-based line it came from, so that checks made later (is the app known to
 *             this portal?) can still name the line in their error
 * @param at   the line's timestamp, or the request's "now" when it had none
 */
public record Sample(int line, Counter counter, Source source, Instant at, double value) {
}
