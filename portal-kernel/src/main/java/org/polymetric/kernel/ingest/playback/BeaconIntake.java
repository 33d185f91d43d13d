package org.polymetric.kernel.ingest.playback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.polymetric.kernel.geo.Device;
import org.polymetric.kernel.geo.DeviceClass;
import org.polymetric.kernel.geo.Enrichment;
import org.polymetric.kernel.geo.Network;
import org.polymetric.kernel.geo.Place;
import org.polymetric.kernel.ingest.Arrival;
import org.polymetric.kernel.ingest.GroupCommitQueue;
import org.polymetric.kernel.tenancy.GameCard;
import org.polymetric.kernel.tenancy.GameDirectory;

/**
 * Decides what becomes of a request of beacons: every beacon well formed, its game known and
 * accepting data, or the first bad one refuses the whole request (nothing is stored); then each
 * is enriched from the request's {@link Arrival} (place, network, device, unless the beacon
 * names them itself) and the lot is committed through the {@link PlaybackQueue}.
 */
@ApplicationScoped
public class BeaconIntake {
    private static final Logger LOG = Logger.getLogger(BeaconIntake.class.getName());
    /** How long a request waits for the writer to take its beacons before it is told to retry. */
    static final Duration WAIT = Duration.ofSeconds(20);
    private static final Device OTHER = new Device("Other", "Other", DeviceClass.OTHER);

    @Inject
    GameDirectory games;

    @Inject
    Enrichment enrichment;

    @Inject
    PlaybackQueue queue;

    private final UserAgentBudget budget = new UserAgentBudget();

    /**
     * @return true once the beacons are committed; false when they were not stored and the player
     *         should retry (the queue is full, the commit failed or timed out, the games could not be read)
     * @throws BeaconRefusal the body or one beacon is wrong: nothing was stored
     */
    public boolean take(byte[] body, Arrival arrival) throws BeaconRefusal {
        long receivedAt = arrival.receivedAt().toEpochMilli();
        BeaconParser.Parsed parsed = BeaconParser.parse(body, receivedAt);
        Map<String, GameCard> cards;
        try {
            cards = cards(parsed.beacons());
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "player beacons: the games could not be read", e);
            return false;
        }
        // the first bad beacon in the array's order: a key before a later shape problem
        for (int i = 0; i < parsed.beacons().size(); i++) {
            GameCard card = cards.get(normal(parsed.beacons().get(i).appKey()));
            if (card == null) {
                throw new BeaconRefusal(i, "unknown app_key");
            }
            if (!card.accepting()) {
                throw new BeaconRefusal(i, "app is not accepting data");
            }
        }
        if (parsed.refusal() != null) {
            throw parsed.refusal();
        }
        if (parsed.beacons().isEmpty()) {
            return true;
        }
        List<Beacon> beacons = enrich(parsed.beacons(), cards, arrival.place(), arrival.network(),
                () -> device(arrival), receivedAt);
        return commit(beacons);
    }

    private boolean commit(List<Beacon> beacons) {
        try {
            queue.submit(beacons).await(WAIT);
            return true;
        } catch (GroupCommitQueue.Full | TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "player beacons: a batch failed", e.getCause());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The games of the beacons' keys, by lower-case key: one look-up for all distinct keys. */
    private Map<String, GameCard> cards(List<BeaconReport> reports) throws SQLException {
        Set<String> keys = new LinkedHashSet<>();
        reports.forEach(r -> keys.add(r.appKey()));
        Map<String, GameCard> byKey = new HashMap<>();
        games.byKeys(keys).values().forEach(card -> byKey.put(normal(card.key()), card));
        return byKey;
    }

    private static String normal(String key) {
        return key.toLowerCase(Locale.ROOT);
    }

    /**
     * The request's user agent parsed at most once: free when cached, otherwise within the
     * client's and the server's budget ({@link UserAgentBudget}), past which it is "Other".
     */
    private Device device(Arrival arrival) {
        Optional<Device> known = enrichment.knownDevice(arrival.userAgent());
        if (known.isPresent()) {
            return known.get();
        }
        return budget.allow(arrival.address()) ? arrival.device() : OTHER;
    }

    /**
     * Where the player runs, as System73 counts platforms ({@code CHROME}, {@code FIREFOX},
     * {@code ANDROID}): the browser a web player runs in, else the operating system of a native
     * player (whose agent names no browser), else {@code Other}.
     */
    static String platformOf(Device d) {
        if (!OTHER.browser().equals(d.browser())) {
            return d.browser();
        }
        return d.os();
    }

    /**
     * The beacons as modules see them: their games' ids, and what the request says of the client
     * where the beacon does not say it itself (a player behind a relay names its own place and
     * device). The device is asked for only when a beacon lacks browser, OS or platform.
     */
    static List<Beacon> enrich(List<BeaconReport> reports, Map<String, GameCard> cards, Optional<Place> place,
                               Optional<Network> network, Supplier<Device> device, long receivedAt) {
        List<Beacon> beacons = new ArrayList<>(reports.size());
        Device found = null;
        for (BeaconReport r : reports) {
            GameCard card = cards.get(normal(r.appKey()));
            Device d = null;
            if (!r.describesDevice()) {
                if (found == null) {
                    found = device.get();
                }
                d = found;
            }
            beacons.add(new Beacon(card.id(), card.organizationId(), r.deviceId(), r.sessionId(), r.timestampMs(),
                    r.intervalMs(), r.channelId(), r.streamId(), r.streamUri(), r.bitrate(), r.representationId(),
                    r.cdnBytes(), r.p2pBytes(), r.playedMs(), r.rebufferedMs(), r.bufferHealthMs(),
                    r.bufferFillingRate(), r.responseTimeCdnMs(), r.responseTimeP2pMs(), r.droppedFrames(),
                    r.p2pCompatible(), r.connectionType(), r.page(),
                    r.browser() != null ? r.browser() : d.browser(),
                    r.os() != null ? r.os() : d.os(),
                    r.platform() != null ? r.platform() : platformOf(d),
                    r.countryCode() != null ? r.countryCode() : place.map(p -> text(p.country())).orElse(""),
                    // a beacon that names its country is not given the request's city, which lies elsewhere
                    r.city() != null ? r.city() : r.countryCode() != null ? "" : place.map(p -> text(p.city())).orElse(""),
                    r.isp() != null ? r.isp() : network.map(n -> text(n.organization())).orElse(""),
                    receivedAt));
        }
        return beacons;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
