package org.polymetric.events.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

/** A row of {@code events_device} while the writer works on it. Times are epoch seconds. */
public final class DeviceState {
    final long gameId;
    String deviceId;
    long firstSeen;
    long lastSeen;
    int sessions;
    Long lastBegin;
    boolean sessionOpen;
    int sessionSeconds;
    Long lastEnd;
    long duration;
    /** Requests (Countly's {@code e}) sent before the device's first session, counted when it begins. */
    int requestsBeforeSession;
    byte[] lastRequest;
    String country;
    String city;
    /** JSON members kept about the device (metrics, user_details, consent), each a JSON text. */
    final Map<String, String> properties = new LinkedHashMap<>();

    DeviceState(long gameId, String deviceId, long firstSeen) {
        this.gameId = gameId;
        this.deviceId = deviceId;
        this.firstSeen = firstSeen;
        this.lastSeen = firstSeen;
    }

    public long gameId() {
        return gameId;
    }

    public String deviceId() {
        return deviceId;
    }

    public int sessions() {
        return sessions;
    }

    public long duration() {
        return duration;
    }

    public boolean sessionOpen() {
        return sessionOpen;
    }

    public String country() {
        return country;
    }

    /** Folds an older device into this one ({@code old_device_id}): their history becomes one. */
    void absorb(DeviceState old) {
        firstSeen = Math.min(firstSeen, old.firstSeen);
        lastSeen = Math.max(lastSeen, old.lastSeen);
        sessions += old.sessions;
        duration += old.duration;
        requestsBeforeSession += old.requestsBeforeSession;
        if (old.lastBegin != null && (lastBegin == null || old.lastBegin > lastBegin)) {
            lastBegin = old.lastBegin;
        }
        if (country == null) {
            country = old.country;
            city = old.city;
        }
        old.properties.forEach(properties::putIfAbsent);
    }
}
