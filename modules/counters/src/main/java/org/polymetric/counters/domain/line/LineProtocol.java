package org.polymetric.counters.domain.line;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.polymetric.counters.domain.Counter;
import org.polymetric.counters.domain.Region;
import org.polymetric.counters.domain.RequestText;
import org.polymetric.counters.domain.Source;
import org.polymetric.kernel.time.VendorDates;

/**
 * Reads the body of a counter write into samples: InfluxDB line protocol, because that is what
 * Telegraf and most agents already speak, one point per line, with Photon's words in it.
 *
 * <pre>
 * Ccu,appid=5e1fb724-7139-4b96-aa67-9d4c37b27bb0,region=eu value=3748 1700000000000000000
 * Rooms,appid=5e1fb724-7139-4b96-aa67-9d4c37b27bb0,region=eu,cloud=public,cluster=blue value=12i
 * Servers,hash=0xc648c47f82c70b723f0225e12b8ce4f2 value=3
 * </pre>
 *
 * <ul>
 * <li>The measurement is a counter's exact, case-sensitive name ({@link Counter#named}): the app's
 *     {@code Ccu} and the license's {@code CCU} are two counters.</li>
 * <li>App counters take {@code appid} and {@code region} (one of Photon's tokens), and optionally
 *     {@code cloud} (default {@code public}) and {@code cluster} (default {@code default}); license
 *     counters take {@code hash} and none of those. Other tags are ignored, since agents add their
 *     own ({@code host} in Telegraf's default configuration).</li>
 * <li>One field, {@code value}: a float, or an integer with {@code i} or {@code u}; never a boolean,
 *     a string, {@code NaN} or an infinity.</li>
 * <li>The timestamp is an integer in the request's {@link Precision}; without one the sample is
 *     "now". It must fall between {@link #EARLIEST} and {@link #AHEAD} after now: a point outside
 *     usually has the wrong precision (seconds read as nanoseconds are 1970).</li>
 * <li>Blank lines and lines starting with {@code #} are skipped; a line may end in CRLF.</li>
 * </ul>
 *
 * <p>All or nothing: the first line in error refuses the whole request, so an agent's retry of a
 * corrected batch cannot store half of it twice. Within a line, syntax is checked first, then the
 * counter, its field, its tags and its timestamp. At most {@value #MAX_LINES} points a request
 * (blank and comment lines not counted); the first point beyond is the error's line.
 */
public final class LineProtocol {
    /** Points one request may carry. */
    public static final int MAX_LINES = 10_000;
    /** The earliest timestamp taken: before Photon's analytics, and before any precision mix-up lands. */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    /** How far after now a timestamp may be: agents' clocks drift. */
    public static final Duration AHEAD = Duration.ofMinutes(10);
    /** The longest tag value kept (appid, hash, cloud, cluster): the store keys series by them. */
    public static final int MAX_TAG_LENGTH = 128;

    private static final String VALUE = "value";
    private static final String APPID = Counter.Kind.APP.key();
    private static final String HASH = Counter.Kind.LICENSE.key();
    private static final String REGION = "region";
    private static final String CLOUD = "cloud";
    private static final String CLUSTER = "cluster";
    private static final Set<String> APP_ONLY = Set.of(REGION, CLOUD, CLUSTER);
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private LineProtocol() {
    }

    /**
     * The samples of a write body, in the order of its lines.
     *
     * @param body      the request body as text ({@code null} reads as empty)
     * @param precision the unit of the lines' timestamps
     * @param now       the time of lines without a timestamp, and what "too far ahead" counts from
     * @return every sample; empty when the body has no point
     * @throws LineError for the first line that cannot be stored; then nothing is returned
     */
    public static List<Sample> parse(String body, Precision precision, Instant now) throws LineError {
        List<Sample> samples = new ArrayList<>();
        if (body == null) {
            return samples;
        }
        Map<Head, Sample> heads = new HashMap<>();
        int start = !body.isEmpty() && body.charAt(0) == BYTE_ORDER_MARK ? 1 : 0;
        int number = 0;
        while (start <= body.length()) {
            int newline = body.indexOf('\n', start);
            int end = newline < 0 ? body.length() : newline;
            number++;
            if (end > start && body.charAt(end - 1) == '\r') {
                end--;
            }
            if (!isBlankOrComment(body, start, end)) {
                if (samples.size() == MAX_LINES) {
                    throw new LineError(number, LineError.Kind.TOO_MANY_LINES,
                            "more than " + MAX_LINES + " lines in one request: send at most " + MAX_LINES + " at a time");
                }
                samples.add(sample(body, start, end, number, precision, now, heads));
            }
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return samples;
    }

    /**
     * The measurement and tags of a line, as written: a part of the body, compared and hashed in
     * place (a write of 5 000 lines would otherwise copy each line's head to look it up).
     */
    private static final class Head {
        private final String text;
        private final int start;
        private final int length;
        private final int hash;

        Head(String text, int start, int end) {
            this.text = text;
            this.start = start;
            this.length = end - start;
            int h = 0;
            for (int i = start; i < end; i++) {
                h = 31 * h + text.charAt(i);
            }
            this.hash = h;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Head h && h.hash == hash && h.length == length && text.regionMatches(start, h.text, h.start, length);
        }
    }

    private static boolean isBlankOrComment(String body, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = body.charAt(i);
            if (c != ' ' && c != '\t') {
                return c == '#';
            }
        }
        return true;
    }

    /**
     * The sample of one line. Agents send many points of few series, so the counter and source of
     * a line whose head (measurement and tags, {@link Point#headEnd}) came before are taken from
     * that line's sample, and only the field and timestamp are read: the same text, the same
     * answer, since a head that failed refused the request already.
     */
    private static Sample sample(String body, int start, int end, int line, Precision precision, Instant now,
            Map<Head, Sample> heads) throws LineError {
        int headEnd = Point.headEnd(body, start, end);
        Head head = headEnd < 0 ? null : new Head(body, start, headEnd);
        Sample same = head == null ? null : heads.get(head);
        if (same != null) {
            Point.Tail tail = Point.readTail(body, headEnd, end, line);
            return new Sample(line, same.counter(), same.source(), at(tail.timestamp(), precision, now, line),
                    value(tail.fields(), line));
        }
        Point p = Point.read(body.substring(start, end), line);
        Counter counter = Counter.named(p.measurement()).orElseThrow(() -> new LineError(line,
                LineError.Kind.UNKNOWN_COUNTER, "unknown counter \"" + RequestText.quoted(p.measurement()) + "\": app counters are "
                        + Counter.names(Counter.Kind.APP) + "; license counters are " + Counter.names(Counter.Kind.LICENSE)));
        double value = value(p.fields(), line);
        Source source = counter.kind() == Counter.Kind.APP ? app(counter, p.tags(), line) : license(counter, p.tags(), line);
        Sample sample = new Sample(line, counter, source, at(p.timestamp(), precision, now, line), value);
        if (head != null) {
            heads.put(head, sample);
        }
        return sample;
    }

    private static Instant at(Long timestamp, Precision precision, Instant now, int line) throws LineError {
        return timestamp == null ? now : timestamp(timestamp, precision, now, line);
    }

    private static double value(List<Point.Field> fields, int line) throws LineError {
        Point.Field value = null;
        for (Point.Field f : fields) {
            if (!f.key().equals(VALUE)) {
                throw new LineError(line, LineError.Kind.UNKNOWN_FIELD,
                        "unknown field \"" + f.key() + "\": a counter line has one field, value");
            }
            if (value != null) {
                throw new LineError(line, LineError.Kind.UNKNOWN_FIELD, "field value is given twice");
            }
            value = f;
        }
        switch (value.type()) {
            case FLOAT, INTEGER, UNSIGNED:
                return value.number();
            case NON_FINITE:
                throw new LineError(line, LineError.Kind.NON_FINITE, "value " + value.text() + " is not a finite number");
            case BOOLEAN:
                throw new LineError(line, LineError.Kind.FIELD_TYPE, "value " + value.text()
                        + " is a boolean: counters are numbers (a float like 12.5, or an integer like 12i)");
            default:
                throw new LineError(line, LineError.Kind.FIELD_TYPE,
                        "value is a string: counters are numbers (a float like 12.5, or an integer like 12i)");
        }
    }

    private static Source app(Counter counter, Map<String, String> tags, int line) throws LineError {
        if (tags.containsKey(APPID) && tags.containsKey(HASH)) {
            throw bothKeys(line);
        }
        if (tags.containsKey(HASH)) {
            throw new LineError(line, LineError.Kind.WRONG_KIND, counter + " is an app counter: it takes appid, not hash"
                    + (counter == Counter.CCU ? " (the license counter is CCU)" : ""));
        }
        String appid = tag(tags, APPID, line).orElseThrow(() -> new LineError(line, LineError.Kind.MISSING_TAG,
                counter + " is an app counter: tag appid (the app's id) is missing"));
        String token = tags.get(REGION);
        if (token == null) {
            throw new LineError(line, LineError.Kind.MISSING_TAG, counter + " is an app counter: tag region is missing");
        }
        Region region = Region.of(token).orElseThrow(() -> new LineError(line, LineError.Kind.UNKNOWN_REGION,
                "unknown region \"" + RequestText.quoted(token) + "\": regions are " + Region.tokens()));
        String cloud = tag(tags, CLOUD, line).orElse(Source.App.PUBLIC_CLOUD);
        String cluster = tag(tags, CLUSTER, line).orElse(Source.App.DEFAULT_CLUSTER);
        return new Source.App(appid, region, cloud, cluster);
    }

    private static Source license(Counter counter, Map<String, String> tags, int line) throws LineError {
        if (tags.containsKey(APPID) && tags.containsKey(HASH)) {
            throw bothKeys(line);
        }
        if (tags.containsKey(APPID)) {
            throw new LineError(line, LineError.Kind.WRONG_KIND, counter + " is a license counter: it takes hash, not appid"
                    + (counter == Counter.LICENSE_CCU ? " (the app counter is Ccu)" : ""));
        }
        for (String tag : tags.keySet()) {
            if (APP_ONLY.contains(tag)) {
                throw new LineError(line, LineError.Kind.WRONG_KIND,
                        counter + " is a license counter: tag " + tag + " belongs to app counters");
            }
        }
        return new Source.License(tag(tags, HASH, line).orElseThrow(() -> new LineError(line, LineError.Kind.MISSING_TAG,
                counter + " is a license counter: tag hash (the license's hash) is missing")));
    }

    private static LineError bothKeys(int line) {
        return new LineError(line, LineError.Kind.BOTH_KEYS,
                "both appid and hash: an app counter takes appid, a license counter hash");
    }

    private static Optional<String> tag(Map<String, String> tags, String key, int line) throws LineError {
        String value = tags.get(key);
        if (value != null && value.length() > MAX_TAG_LENGTH) {
            throw new LineError(line, LineError.Kind.SYNTAX,
                    "tag " + key + " is longer than " + MAX_TAG_LENGTH + " characters");
        }
        return Optional.ofNullable(value);
    }

    private static Instant timestamp(long units, Precision precision, Instant now, int line) throws LineError {
        Optional<Instant> at = precision.instant(units);
        if (at.isPresent() && !at.get().isBefore(EARLIEST) && !at.get().isAfter(now.plus(AHEAD))) {
            return at.get();
        }
        String when;
        if (at.isEmpty()) {
            when = "is beyond any date";
        } else if (at.get().isBefore(EARLIEST)) {
            when = "is " + at.get() + ", before " + VendorDates.iso(EARLIEST);
        } else {
            when = "is " + at.get() + ", more than " + AHEAD.toMinutes() + " minutes after now (" + VendorDates.iso(now) + ")";
        }
        throw new LineError(line, LineError.Kind.TIMESTAMP_OUT_OF_RANGE,
                "timestamp " + units + " in " + precision + " " + when + ": is precision=" + precision + " right?");
    }
}
