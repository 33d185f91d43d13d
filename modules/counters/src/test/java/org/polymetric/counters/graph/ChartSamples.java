package org.polymetric.counters.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.polymetric.counters.domain.TimeRange;

/**
 * Writes sample charts to a directory (default {@code /tmp/charts}) for a person to look at: the
 * specs check sizes and pixels, not whether a chart reads well. Not run by the build.
 */
final class ChartSamples {
    private ChartSamples() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/charts");
        Files.createDirectories(dir);
        TimeRange day = SampleSeries.DAY;
        ChartSeries eu = SampleSeries.daily("eu", day, 48, 3748, 1);
        CounterChart one = new CounterChart("Ccu · eu", "CCU (maximum)", List.of(eu), day);
        CounterChart three = new CounterChart("Ccu", "CCU (maximum)", SampleSeries.regions(day, 48), day);
        write(dir, "200x100", one, 200, 100);
        write(dir, "200x100-3", three, 200, 100);
        write(dir, "800x400", one, 800, 400);
        write(dir, "800x400-3", three, 800, 400);
        write(dir, "1600x800-3", new CounterChart("Ccu", "CCU (maximum)", SampleSeries.regions(day, 1440), day),
                1600, 800);
        write(dir, "1600x1600-3", three, 1600, 1600);
        write(dir, "400x200-3", three, 400, 200);
        write(dir, "60x30", one, 60, 30);
        write(dir, "800x400-empty", new CounterChart("Ccu · eu", "CCU (maximum)", List.of(), day), 800, 400);
        write(dir, "200x100-empty", new CounterChart("Ccu · eu", "CCU (maximum)", List.of(), day), 200, 100);
        write(dir, "800x400-gaps", new CounterChart("Ccu · eu", "CCU (maximum)",
                List.of(SampleSeries.withGap(SampleSeries.withGap(eu, 10, 20), 21, 30)), day), 800, 400);
        TimeRange week = new TimeRange(Instant.parse("2017-06-22T00:00:00Z"), Instant.parse("2017-06-29T00:00:00Z"));
        write(dir, "800x400-week", new CounterChart("TrafficMultiplayer · eu", "bytes (average)",
                List.of(SampleSeries.daily("eu", week, 28, 3.2e9, 4)), week), 800, 400);
        TimeRange twoDays = new TimeRange(Instant.parse("2017-06-27T12:00:00Z"), Instant.parse("2017-06-29T12:00:00Z"));
        write(dir, "800x400-2days", new CounterChart("Rooms · eu", "Rooms (maximum)",
                List.of(SampleSeries.daily("eu", twoDays, 48, 412, 5)), twoDays), 800, 400);
        TimeRange year = new TimeRange(Instant.parse("2016-07-01T00:00:00Z"), Instant.parse("2017-07-01T00:00:00Z"));
        write(dir, "200x100-year", new CounterChart("CCU", "CCU (maximum)",
                List.of(SampleSeries.daily("license", year, 365, 765, 6)), year), 200, 100);
    }

    private static void write(Path dir, String name, CounterChart chart, int width, int height) throws IOException {
        long t0 = System.nanoTime();
        byte[] png = chart.png(new ImageSize(width, height));
        System.out.printf("%-16s %6d bytes %5.0f ms%n", name, png.length, (System.nanoTime() - t0) / 1e6);
        Files.write(dir.resolve(name + ".png"), png);
    }
}
