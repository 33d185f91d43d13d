package org.polymetric.streamstats.domain;

import java.util.ArrayList;
import java.util.List;
import org.polymetric.kernel.ingest.playback.Spread;

/**
 * What this module keeps of one player beacon (the kernel's playback contract, validated and
 * enriched before it gets here): one device's last interval on one rendition of a stream.
 * Nullable measures were absent from the beacon and stay out of the means.
 */
public record PlaybackReport(
        long gameId,
        String deviceId,
        long timestampMs,
        int intervalMs,
        String channelId,
        String streamId,
        String streamUri,
        String bitrate,
        String representationId,
        long cdnBytes,
        long p2pBytes,
        long playedMs,
        long rebufferedMs,
        Long bufferHealthMs,
        Double bufferFillingRate,
        Long responseTimeCdnMs,
        Long responseTimeP2pMs,
        long droppedFrames,
        boolean p2pCompatible,
        String connectionType,
        String os,
        String platform) {

    /**
     * The keys as the tables compare them: their columns are {@code utf8mb4_bin}, which pads, so
     * trailing spaces do not count ({@code "news "} is the scope of {@code "news"}, {@code "d-1 "}
     * the device row of {@code "d-1"}). Dropped here, so that what the rows store and what the
     * readers tell apart in memory (a rendition's channel and stream against its listed row's, a
     * device across renditions and hours) is one spelling of each key.
     */
    public PlaybackReport {
        deviceId = padless(deviceId);
        channelId = padless(channelId);
        streamId = padless(streamId);
        bitrate = padless(bitrate);
        representationId = padless(representationId);
    }

    /** {@code key} without its trailing spaces (U+0020 only: the collation pads with nothing else). */
    public static String padless(String key) {
        int end = key.length();
        while (end > 0 && key.charAt(end - 1) == ' ') {
            end--;
        }
        return key.substring(0, end);
    }

    public BeaconInterval interval() {
        return BeaconInterval.of(timestampMs, intervalMs);
    }

    /** The beacon's source for the averages. */
    public Source source() {
        return Source.ofBeacon(p2pBytes);
    }

    /**
     * What the beacon adds to each bucket of {@code level} its interval overlaps: the spread
     * shares of its bytes, played and rebuffered time (adding up to the beacon's own figures over
     * the buckets). A bucket may get a zero share of an amount but is still listed: the beacon's
     * averages and its device count in every bucket it overlaps.
     */
    public List<BucketShare> shares(Level level) {
        BeaconInterval interval = interval();
        Spread cdn = new Spread(interval.startMs(), interval.lengthMs(), cdnBytes);
        Spread p2p = new Spread(interval.startMs(), interval.lengthMs(), p2pBytes);
        Spread played = new Spread(interval.startMs(), interval.lengthMs(), playedMs);
        Spread rebuffered = new Spread(interval.startMs(), interval.lengthMs(), rebufferedMs);
        List<BucketShare> shares = new ArrayList<>(2);
        for (long bucket : interval.buckets(level)) {
            shares.add(new BucketShare(bucket,
                    cdn.in(bucket, bucket + level.millis()), p2p.in(bucket, bucket + level.millis()),
                    played.in(bucket, bucket + level.millis()), rebuffered.in(bucket, bucket + level.millis())));
        }
        return shares;
    }

    /** A beacon's part in one bucket. */
    public record BucketShare(long bucketMs, long cdnBytes, long p2pBytes, long playedMs, long rebufferedMs) {
    }
}
