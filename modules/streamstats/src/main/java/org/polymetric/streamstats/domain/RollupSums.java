package org.polymetric.streamstats.domain;

/**
 * The sums of one rollup row ({@code streamstats_rollup}: one scope, one bucket of one level), as
 * reports add to them: the spread shares of bytes (by where they came from), of played and
 * rebuffered time (under the report's {@link Source}); and once per report that overlaps the
 * bucket, a beacon count, its buffer health, filling rate and dropped frames under its source and
 * its response times per request source. Absent measures add to neither sum nor count. Mutable:
 * a write batch folds its reports of one row into one before the row is upserted by addition.
 */
public final class RollupSums {
    public long cdnBytes;
    public long p2pBytes;
    public final PerSource cdn = new PerSource();
    public final PerSource p2p = new PerSource();
    public long responseTimeSumCdn;
    public long responseTimeCountCdn;
    public long responseTimeSumP2p;
    public long responseTimeCountP2p;

    /** A report's share of one bucket it overlaps. */
    public void add(PlaybackReport r, PlaybackReport.BucketShare share) {
        cdnBytes += share.cdnBytes();
        p2pBytes += share.p2pBytes();
        PerSource s = r.source() == Source.P2P ? p2p : cdn;
        s.beacons++;
        s.playedMs += share.playedMs();
        s.rebufferedMs += share.rebufferedMs();
        if (r.bufferHealthMs() != null) {
            s.bufferHealthSum += r.bufferHealthMs();
            s.bufferHealthCount++;
        }
        if (r.bufferFillingRate() != null) {
            s.fillingRateSum += r.bufferFillingRate();
            s.fillingRateCount++;
        }
        s.droppedFrames += r.droppedFrames();
        if (r.responseTimeCdnMs() != null) {
            responseTimeSumCdn += r.responseTimeCdnMs();
            responseTimeCountCdn++;
        }
        if (r.responseTimeP2pMs() != null) {
            responseTimeSumP2p += r.responseTimeP2pMs();
            responseTimeCountP2p++;
        }
    }

    /** Adds another row's sums (the same row from another part of the batch, or another scope's). */
    public void add(RollupSums o) {
        cdnBytes += o.cdnBytes;
        p2pBytes += o.p2pBytes;
        cdn.add(o.cdn);
        p2p.add(o.p2p);
        responseTimeSumCdn += o.responseTimeSumCdn;
        responseTimeCountCdn += o.responseTimeCountCdn;
        responseTimeSumP2p += o.responseTimeSumP2p;
        responseTimeCountP2p += o.responseTimeCountP2p;
    }

    /** The sums over the beacons of one source. */
    public static final class PerSource {
        public long beacons;
        public long playedMs;
        public long rebufferedMs;
        public long bufferHealthSum;
        public long bufferHealthCount;
        public double fillingRateSum;
        public long fillingRateCount;
        public long droppedFrames;

        void add(PerSource o) {
            beacons += o.beacons;
            playedMs += o.playedMs;
            rebufferedMs += o.rebufferedMs;
            bufferHealthSum += o.bufferHealthSum;
            bufferHealthCount += o.bufferHealthCount;
            fillingRateSum += o.fillingRateSum;
            fillingRateCount += o.fillingRateCount;
            droppedFrames += o.droppedFrames;
        }
    }
}
