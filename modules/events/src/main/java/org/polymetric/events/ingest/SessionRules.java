package org.polymetric.events.ingest;

import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import org.polymetric.events.domain.Moment;
import org.polymetric.events.domain.Ranges;

/**
 * Countly's session and event rules, applied to one device's state: what a request changes on
 * the device and which rollup counters it adds to. Pure: the writer loads and stores around it.
 */
public final class SessionRules {
    /** A {@code begin_session} this soon after the device's {@code end_session} continues that session. */
    public static final long COOLDOWN_SECONDS = 15;
    /** Countly's name for a country or city it could not find. */
    public static final String UNKNOWN = "Unknown";

    private final EventCatalog catalog;

    public SessionRules(EventCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Applies {@code r} to {@code device} (null for a device never seen) and adds its counts to
     * {@code tally}.
     *
     * @return the device's state afterwards, or null when the request repeats the device's
     *         previous one and changes nothing
     */
    public DeviceState apply(DeviceState device, Report r, Tally tally) throws Exception {
        if (device != null && device.lastRequest != null && Arrays.equals(device.lastRequest, r.fingerprint())) {
            return null;
        }
        long game = r.app().gameId();
        long ts = r.timestamp();
        var zone = r.app().zone();
        Moment now = Moment.of(ts, zone);
        if (device == null) {
            device = new DeviceState(game, r.deviceId(), ts);
            tally.retained(game, now.day(), 0);
        } else if (ts > device.lastSeen) {
            Moment previous = Moment.of(device.lastSeen, zone);
            if (now.day().isAfter(previous.day())) {
                var cohort = Moment.of(device.firstSeen, zone).day();
                tally.retained(game, cohort, (int) ChronoUnit.DAYS.between(cohort, now.day()));
            }
        }
        device.lastSeen = Math.max(device.lastSeen, ts);
        device.firstSeen = Math.min(device.firstSeen, ts);
        if (r.country() != null) {
            device.country = r.country();
            device.city = r.city();
        }
        device.properties.putAll(r.properties());

        // Countly's request count e: one for a begin that starts a session, one for a
        // session_duration, one for any request with neither (an end_session, events only)
        int requests = r.beginSession() || r.sessionDuration() != null ? 0 : 1;
        if (r.beginSession() && begin(device, r, now, tally)) {
            requests++;
        }
        if (r.sessionDuration() != null) {
            requests++;
            if (device.sessions > 0) {
                tally.session(game, "", "", now.hour())[Tally.D] += r.sessionDuration();
                device.duration += r.sessionDuration();
                device.sessionSeconds += r.sessionDuration();
            }
        }
        if (r.endSession()) {
            if (device.sessionOpen) {
                durationRange(device, r, now, tally, 1);
            }
            device.sessionOpen = false;
            // sessionSeconds stays: a begin within the cooldown resumes this session and its length
            device.lastEnd = ts;
        }
        if (device.sessions > 0) {
            tally.session(game, "", "", now.hour())[Tally.E] += requests;
        } else {
            // a device that never began a session is no user yet and leaves no trace in the session
            // trees; its requests are counted when (if ever) its first session begins
            device.requestsBeforeSession += requests;
        }
        for (EventRecord e : r.events()) {
            event(game, e, r, tally);
        }
        device.lastRequest = r.fingerprint();
        return device;
    }

    /** @return whether a new session began (false: the ended one resumes within the cooldown) */
    private static boolean begin(DeviceState device, Report r, Moment now, Tally tally) {
        long ts = r.timestamp();
        // only a session that was counted can resume: an end_session from a device that never began
        // one ends nothing
        if (device.sessions > 0 && !device.sessionOpen && device.lastEnd != null && ts >= device.lastEnd
                && ts - device.lastEnd < COOLDOWN_SECONDS) {
            // the same session resumes: nothing new to count, and the duration range its end
            // counted is taken back, to be counted once for the whole session at its next end
            device.sessionOpen = true;
            durationRange(device, r, now, tally, -1);
            return false;
        }
        if (device.sessionOpen) {
            // the previous session never ended: Countly counts its duration range when the next
            // one begins, in that request's hour, as an end_session would have
            durationRange(device, r, now, tally, 1);
        }
        long game = r.app().gameId();
        boolean first = device.sessions == 0;
        Moment previous = device.lastBegin == null ? null : Moment.of(device.lastBegin, r.app().zone());
        boolean[] uniques = now.newUniques(previous);
        int frequency = Ranges.frequency(device.lastBegin == null ? null : Math.max(0, ts - device.lastBegin));
        device.sessions++;
        device.sessionOpen = true;
        device.sessionSeconds = 0;
        if (device.lastBegin == null || ts > device.lastBegin) {
            device.lastBegin = ts;
        }
        long[] totals = tally.session(game, "", "", now.hour());
        count(totals, first, uniques);
        totals[Tally.E] += device.requestsBeforeSession;
        device.requestsBeforeSession = 0;
        for (Map.Entry<String, String> m : r.metrics().entrySet()) {
            count(tally.session(game, m.getKey(), m.getValue(), now.hour()), first, uniques);
        }
        // Countly places the device at every begin_session: where it cannot, country and city are Unknown
        if (r.country() == null) {
            device.country = UNKNOWN;
            device.city = UNKNOWN;
        } else if (device.city == null) {
            device.city = UNKNOWN;
        }
        count(tally.session(game, "countries", device.country, now.hour()), first, uniques);
        count(tally.session(game, "cities", device.city, now.hour()), first, uniques);
        tally.session(game, "f", Integer.toString(frequency), now.hour())[Tally.T]++;
        tally.session(game, "l", Integer.toString(Ranges.loyalty(device.sessions)), now.hour())[Tally.T]++;
        return true;
    }

    /** Adds {@code sign} to the duration range ({@code ds}) of the device's current session length. */
    private static void durationRange(DeviceState device, Report r, Moment now, Tally tally, int sign) {
        String range = Integer.toString(Ranges.duration(device.sessionSeconds));
        tally.session(r.app().gameId(), "ds", range, now.hour())[Tally.T] += sign;
    }

    private static void count(long[] row, boolean first, boolean[] uniques) {
        row[Tally.T]++;
        if (first) {
            row[Tally.N]++;
        }
        for (int i = 0; i < uniques.length; i++) {
            if (uniques[i]) {
                row[Tally.U + i]++;
            }
        }
    }

    private void event(long game, EventRecord e, Report r, Tally tally) throws Exception {
        if (!catalog.admitKey(game, e.key(), tally)) {
            return;
        }
        var hour = Moment.of(e.timestamp(), r.app().zone()).hour();
        tally.event(game, e.key(), "", "", hour, e.count(), e.sum(), e.dur());
        for (Map.Entry<String, String> s : e.segmentation().entrySet()) {
            if (catalog.admitValue(game, e.key(), s.getKey(), s.getValue(), tally)) {
                tally.event(game, e.key(), s.getKey(), s.getValue(), hour, e.count(), e.sum(), e.dur());
            }
        }
    }
}
