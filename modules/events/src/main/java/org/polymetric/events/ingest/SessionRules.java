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

        if (r.beginSession()) {
            begin(device, r, now, tally);
        }
        if (r.sessionDuration() != null) {
            tally.session(game, "", "", now.hour())[Tally.D] += r.sessionDuration();
            device.duration += r.sessionDuration();
            device.sessionSeconds += r.sessionDuration();
        }
        if (r.endSession()) {
            if (device.sessionOpen) {
                tally.session(game, "ds", Integer.toString(Ranges.duration(device.sessionSeconds)), now.hour())[Tally.T]++;
            }
            device.sessionOpen = false;
            // sessionSeconds stays: a begin within the cooldown resumes this session and its length
            device.lastEnd = ts;
        }
        if (!r.aboutSession()) {
            tally.session(game, "", "", now.hour())[Tally.E]++;
        }
        for (EventRecord e : r.events()) {
            event(game, e, r, tally);
        }
        device.lastRequest = r.fingerprint();
        return device;
    }

    private static void begin(DeviceState device, Report r, Moment now, Tally tally) {
        long ts = r.timestamp();
        if (!device.sessionOpen && device.lastEnd != null && ts >= device.lastEnd && ts - device.lastEnd < COOLDOWN_SECONDS) {
            // the same session resumes: nothing new to count, and the duration range its end
            // counted is taken back, to be counted once for the whole session at its next end
            device.sessionOpen = true;
            tally.session(r.app().gameId(), "ds", Integer.toString(Ranges.duration(device.sessionSeconds)), now.hour())[Tally.T]--;
            return;
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
        count(tally.session(game, "", "", now.hour()), first, uniques);
        for (Map.Entry<String, String> m : r.metrics().entrySet()) {
            count(tally.session(game, m.getKey(), m.getValue(), now.hour()), first, uniques);
        }
        if (device.country != null) {
            count(tally.session(game, "countries", device.country, now.hour()), first, uniques);
            if (device.city != null) {
                count(tally.session(game, "cities", device.city, now.hour()), first, uniques);
            }
        }
        tally.session(game, "f", Integer.toString(frequency), now.hour())[Tally.T]++;
        tally.session(game, "l", Integer.toString(Ranges.loyalty(device.sessions)), now.hour())[Tally.T]++;
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
