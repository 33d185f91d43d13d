package org.polymetric.streamstats.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.polymetric.kernel.overview.CardTexts;
import org.polymetric.streamstats.domain.RebufferingRatio;
import org.polymetric.streamstats.domain.Series;
import org.polymetric.streamstats.domain.Source;
import org.polymetric.streamstats.domain.Throughput;
import org.polymetric.streamstats.service.SeriesReads;

/** The arithmetic of the stream stats card and ranking, apart from the reads. */
final class LivePoint {
    /** Points of the throughput sparkline: a day's 288 five-minute points fold into hours. */
    static final int TREND_POINTS = 24;
    /** Points of a game's viewers sparkline in the ranking: the last hour's five-minute points. */
    static final int VIEWER_POINTS = 12;

    private LivePoint() {
    }

    /** Rebuffered time over played time of every source, in percent; 0 when nothing was played. */
    static double rebufferingPercent(List<SeriesReads.Point> points) {
        long rebuffered = 0;
        long played = 0;
        for (SeriesReads.Point p : points) {
            for (Source s : Source.values()) {
                rebuffered += p.figures().rebuffered(s);
                played += p.figures().played(s);
            }
        }
        return RebufferingRatio.of(rebuffered, played) * 100;
    }

    /** The bytes (cdn and p2p) of each point read. */
    static Map<Long, Long> bytes(List<SeriesReads.Point> points) {
        Map<Long, Long> bytes = new HashMap<>();
        for (SeriesReads.Point p : points) {
            bytes.merge(p.datetime(), p.figures().bytes(Source.CDN) + p.figures().bytes(Source.P2P), Long::sum);
        }
        return bytes;
    }

    /**
     * The total throughput (kbps) of the series' points folded into {@link #TREND_POINTS}: the
     * bytes of a run of points over the run's length. Points without bytes count as nothing sent.
     */
    static List<Double> throughputTrend(Series series, Map<Long, Long> bytesPerPoint) {
        List<Double> perPoint = new ArrayList<>();
        for (long t : series.times()) {
            perPoint.add((double) bytesPerPoint.getOrDefault(t, 0L));
        }
        int run = perPoint.size() <= TREND_POINTS ? 1 : (perPoint.size() + TREND_POINTS - 1) / TREND_POINTS;
        return CardTexts.folded(perPoint, TREND_POINTS, CardTexts.Fold.SUM).stream()
                .map(b -> Throughput.kbps(b.longValue(), series.spacingMs() * run)).toList();
    }

    /** The devices of the {@link #VIEWER_POINTS} points ending with {@code lastPoint}, oldest first, 0 where none. */
    static List<Double> viewerTrend(Map<Long, Long> perSlot, long lastPoint, long spacingMs) {
        List<Double> out = new ArrayList<>();
        for (int i = VIEWER_POINTS - 1; i >= 0; i--) {
            out.add((double) perSlot.getOrDefault(lastPoint - i * spacingMs, 0L));
        }
        return out;
    }
}
