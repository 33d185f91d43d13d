package org.polymetric.counters.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.polymetric.counters.domain.Counter;
import org.polymetric.counters.domain.TimeRange;
import org.polymetric.counters.domain.XportStep;
import org.polymetric.counters.store.Resolution;
import org.polymetric.counters.store.RollupReader;
import org.polymetric.counters.store.SeriesDirectory;
import org.polymetric.counters.store.SeriesKey;

/**
 * Games' CCU over the last 24 hours, every region (and cloud and cluster) added up: per step of
 * the range's xport (half-hours), the sum of each region's peak in it, and the highest of those
 * sums. Read for many games at once, two statements whatever their number: the series of their
 * {@code Ccu}, then those series' buckets. Callers check that the caller may view the games.
 */
@ApplicationScoped
public class GamePeaks {
    @Inject
    SeriesDirectory series;

    @Inject
    RollupReader rollups;

    Clock clock = Clock.systemUTC();

    /**
     * A game's CCU over the range.
     *
     * @param peak  the highest per-step sum (0 without data)
     * @param steps the per-step sums, oldest first, 0 where no region had data
     */
    public record Peak(long peak, List<Double> steps) {
    }

    /** The last 24 hours, ending now. */
    public TimeRange lastDay() {
        return TimeRange.lastDayBefore(TimeRange.endOfNow(clock));
    }

    /** The CCU of each game over {@code range}; games without a {@code Ccu} series are left out. */
    public Map<Long, Peak> of(Collection<Long> gameIds, TimeRange range) {
        Map<Long, Long> ownerOf = series.ofOwners(SeriesKey.GAME, gameIds, Counter.CCU.counterName());
        if (ownerOf.isEmpty()) {
            return Map.of();
        }
        XportStep step = XportStep.of(range);
        Resolution resolution = Resolution.finestFor(range.start(), clock.instant());
        long width = Math.max(step.seconds(), resolution.seconds());
        List<RollupReader.Bucket> buckets = rollups.buckets(ownerOf.keySet(), resolution, range.start().getEpochSecond(),
                range.end().getEpochSecond(), width);
        List<Long> times = new ArrayList<>();
        for (Instant t : step.times(range)) {
            long at = Math.floorDiv(t.getEpochSecond(), width) * width;
            if (times.isEmpty() || times.get(times.size() - 1) != at) {
                times.add(at);
            }
        }
        return peaks(buckets, ownerOf, times);
    }

    /**
     * The same figure from xports already read over the same range: one per {@code Ccu} series of
     * the game, as {@link CounterReads} answers them (a step's value is its bucket's peak, {@code
     * null} without samples). When they are every {@code Ccu} series of the game, this is what
     * {@link #of} reads again; a game without samples is the peak 0 without steps.
     */
    public static Peak ofXports(List<CounterReads.Xport> xports) {
        List<Double> steps = new ArrayList<>();
        boolean sampled = false;
        for (CounterReads.Xport x : xports) {
            for (int i = 0; i < x.values().size(); i++) {
                if (steps.size() <= i) {
                    steps.add(0.0);
                }
                Number v = x.values().get(i);
                if (v != null) {
                    steps.set(i, steps.get(i) + v.doubleValue());
                    sampled = true;
                }
            }
        }
        return sampled ? new Peak(Math.round(steps.stream().mapToDouble(Double::doubleValue).max().orElse(0)), steps)
                : new Peak(0, List.of());
    }

    /** Each owner's per-step sums of its series' bucket peaks at {@code times}, and the highest sum. */
    static Map<Long, Peak> peaks(List<RollupReader.Bucket> buckets, Map<Long, Long> ownerOf, List<Long> times) {
        Map<Long, Map<Long, Double>> sums = new LinkedHashMap<>();
        for (RollupReader.Bucket b : buckets) {
            Long owner = ownerOf.get(b.seriesId());
            if (owner != null && b.count() > 0) {
                sums.computeIfAbsent(owner, k -> new HashMap<>()).merge(b.at(), b.max(), Double::sum);
            }
        }
        Map<Long, Peak> out = new HashMap<>();
        sums.forEach((owner, byTime) -> {
            List<Double> steps = new ArrayList<>();
            double peak = 0;
            for (long t : times) {
                double v = byTime.getOrDefault(t, 0.0);
                steps.add(v);
                peak = Math.max(peak, v);
            }
            out.put(owner, new Peak(Math.round(peak), steps));
        });
        return out;
    }
}
