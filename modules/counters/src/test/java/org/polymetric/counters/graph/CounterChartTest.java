package org.polymetric.counters.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.polymetric.counters.domain.TimeRange;

/**
 * The PNG of {@code GET /graph/…}: "PNG charts drawn with a real charting library, axis labels in
 * UTC, one line per series, readable at 200×100 and at 1600×1600".
 */
class CounterChartTest {
    private static final TimeRange DAY = SampleSeries.DAY;
    private static final ChartSeries EU = SampleSeries.daily("eu", DAY, 48, 3748, 1);
    private static final CounterChart ONE = new CounterChart("Ccu · eu", "CCU (maximum)", List.of(EU), DAY);
    private static final CounterChart THREE = new CounterChart("Ccu", "CCU (maximum)", SampleSeries.regions(DAY, 48), DAY);
    private static final CounterChart EMPTY = new CounterChart("Ccu · eu", "CCU (maximum)", List.of(), DAY);

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    static BufferedImage decode(byte[] png) {
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, PNG_SIGNATURE.length), "a PNG signature");
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertNotNull(image, "ImageIO reads the bytes");
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pixels close to the colour: a line's core, not the anti-aliased fringe that fades into white. */
    static int pixelsOf(Color c, BufferedImage image, Rectangle area) {
        int n = 0;
        for (int y = area.y; y < area.y + area.height; y++) {
            for (int x = area.x; x < area.x + area.width; x++) {
                Color p = new Color(image.getRGB(x, y));
                if (Math.abs(p.getRed() - c.getRed()) + Math.abs(p.getGreen() - c.getGreen())
                        + Math.abs(p.getBlue() - c.getBlue()) <= 120) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Where the plot (inside the axes) is drawn at this size. */
    static Rectangle plotArea(CounterChart chart, ImageSize size) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.image(size, info);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        return area.getBounds().intersection(new Rectangle(0, 0, size.width(), size.height()));
    }

    @Nested
    class TheImage {
        @ParameterizedTest(name = "{0}×{1}, one series of 48 points")
        @CsvSource({"200,100", "800,400", "1600,800", "1600,1600", "1,1"})
        void isAPngOfExactlyTheAskedSize(int width, int height) {
            BufferedImage image = decode(ONE.png(new ImageSize(width, height)));
            assertEquals(width, image.getWidth());
            assertEquals(height, image.getHeight());
        }

        @ParameterizedTest(name = "{0}×{1}, three series")
        @CsvSource({"200,100", "800,400", "1600,800", "1600,1600", "1,1"})
        void isOfTheAskedSizeWithSeveralSeries(int width, int height) {
            BufferedImage image = decode(THREE.png(new ImageSize(width, height)));
            assertEquals(width, image.getWidth());
            assertEquals(height, image.getHeight());
        }

        @Test
        void hasAWhiteBackground() {
            BufferedImage image = decode(ONE.png(ImageSize.DEFAULT));
            assertEquals(Color.WHITE.getRGB(), image.getRGB(0, 0));
            assertEquals(Color.WHITE.getRGB(), image.getRGB(799, 399));
        }

        @Test
        void isTheSameForTheSameChart() {
            assertArrayEquals(THREE.png(ImageSize.DEFAULT), THREE.png(ImageSize.DEFAULT));
        }

        @Test
        void isTheSameWhenDrawnOnManyThreadsAtOnce() throws Exception {
            byte[] alone = THREE.png(ImageSize.DEFAULT);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<byte[]>> drawn = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    drawn.add(pool.submit(() -> THREE.png(ImageSize.DEFAULT)));
                }
                for (Future<byte[]> f : drawn) {
                    assertArrayEquals(alone, f.get());
                }
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void needsNoDisplay() {
            ONE.png(ImageSize.DEFAULT);
            assertTrue(GraphicsEnvironment.isHeadless(), "drawn off-screen, headless");
            assertNotNull(System.getProperty("java.awt.headless"));
        }
    }

    @Nested
    class TheLines {
        @ParameterizedTest(name = "at {0}×{1}")
        @CsvSource({"200,100", "400,200", "800,400", "1600,800", "1600,1600"})
        void showInThePlot(int width, int height) {
            ImageSize size = new ImageSize(width, height);
            BufferedImage image = decode(ONE.png(size));
            Rectangle plot = plotArea(ONE, size);
            // a line across the plot: its core alone is more pixels than half the plot's width
            assertTrue(pixelsOf(Palette.line(0), image, plot) >= plot.width / 2,
                    pixelsOf(Palette.line(0), image, plot) + " line pixels in a plot " + plot.width + " wide");
        }

        @ParameterizedTest(name = "at {0}×{1}")
        @CsvSource({"200,100", "800,400", "1600,1600"})
        void areOnePerSeriesEachInItsColour(int width, int height) {
            ImageSize size = new ImageSize(width, height);
            BufferedImage image = decode(THREE.png(size));
            Rectangle plot = plotArea(THREE, size);
            for (int s = 0; s < 3; s++) {
                assertTrue(pixelsOf(Palette.line(s), image, plot) >= plot.width / 2, "series " + s);
            }
        }

        @Test
        void showEvenOnOnePixel() {
            BufferedImage image = decode(ONE.png(new ImageSize(1, 1)));
            assertEquals(1, image.getWidth());
        }

        @Test
        void haveGapsWhereValuesAreNaN() {
            ChartSeries firstHalfOnly = SampleSeries.withGap(EU, 24, 48);
            CounterChart half = new CounterChart("Ccu · eu", null, List.of(firstHalfOnly), DAY);
            BufferedImage image = decode(half.png(ImageSize.DEFAULT));
            Rectangle plot = plotArea(half, ImageSize.DEFAULT);
            // the last value is at the 24th of 48 points: the right part of the plot has no line
            Rectangle right = new Rectangle(plot.x + plot.width * 55 / 100, plot.y, plot.width * 45 / 100, plot.height);
            Rectangle left = new Rectangle(plot.x, plot.y, plot.width * 45 / 100, plot.height);
            assertEquals(0, pixelsOf(Palette.line(0), image, right));
            assertTrue(pixelsOf(Palette.line(0), image, left) > 0);
        }

        @Test
        void aValueBetweenTwoGapsIsADot() {
            List<Double> values = new ArrayList<>(EU.values());
            for (int i = 0; i < values.size(); i++) {
                values.set(i, i == 24 ? 3000.0 : Double.NaN);
            }
            CounterChart lone = new CounterChart("Ccu · eu", null, List.of(new ChartSeries("eu", EU.times(), values)), DAY);
            BufferedImage image = decode(lone.png(ImageSize.DEFAULT));
            int dot = pixelsOf(Palette.line(0), image, plotArea(lone, ImageSize.DEFAULT));
            assertTrue(dot > 0 && dot < 40, dot + " pixels");
        }
    }

    @Nested
    class WithoutData {
        @ParameterizedTest(name = "at {0}×{1}")
        @CsvSource({"200,100", "800,400", "1600,1600", "1,1"})
        void noSeriesIsAPngOfTheAskedSize(int width, int height) {
            BufferedImage image = decode(EMPTY.png(new ImageSize(width, height)));
            assertEquals(width, image.getWidth());
            assertEquals(height, image.getHeight());
        }

        @Test
        void saysNoData() {
            assertFalse(EMPTY.hasData());
            XYPlot plot = EMPTY.chart(ImageSize.DEFAULT).getXYPlot();
            assertEquals("No data", plot.getNoDataMessage());
            assertEquals(0, plot.getDataset().getSeriesCount());
            // the message is written in the middle of the plot, darker than any grid line
            BufferedImage image = decode(EMPTY.png(ImageSize.DEFAULT));
            Rectangle plotArea = plotArea(EMPTY, ImageSize.DEFAULT);
            Rectangle middle = new Rectangle((int) plotArea.getCenterX() - 40, (int) plotArea.getCenterY() - 10, 80, 20);
            assertTrue(pixelsOf(Palette.QUIET_TEXT, image, middle) > 20);
        }

        @Test
        void seriesOfGapsOnlyAreNoData() {
            List<Double> gaps = new ArrayList<>();
            EU.times().forEach(t -> gaps.add(Double.NaN));
            CounterChart allGaps = new CounterChart("Ccu", null, List.of(new ChartSeries("eu", EU.times(), gaps),
                    new ChartSeries("us", List.of(), List.of())), DAY);
            assertFalse(allGaps.hasData());
            assertEquals(0, allGaps.chart(ImageSize.DEFAULT).getXYPlot().getDataset().getSeriesCount());
            BufferedImage image = decode(allGaps.png(new ImageSize(200, 100)));
            assertEquals(200, image.getWidth());
            assertEquals(100, image.getHeight());
        }

        @Test
        void drawNoLine() {
            BufferedImage image = decode(EMPTY.png(ImageSize.DEFAULT));
            assertEquals(0, pixelsOf(Palette.line(0), image, new Rectangle(0, 0, 800, 400)));
        }
    }

    @Nested
    class TheParts {
        @Test
        void atTheDefaultSizeATitleAndBothAxisLabels() {
            JFreeChart chart = ONE.chart(ImageSize.DEFAULT);
            assertEquals("Ccu · eu", chart.getTitle().getText());
            assertEquals("CCU (maximum)", chart.getXYPlot().getRangeAxis().getLabel());
            assertEquals("2017-06-28 14:37:12 – 2017-06-29 14:37:12 UTC", chart.getXYPlot().getDomainAxis().getLabel());
        }

        @Test
        void oneSeriesHasNoLegend() {
            assertNull(ONE.chart(ImageSize.DEFAULT).getLegend());
        }

        @Test
        void severalSeriesHaveALegendOfTheirLabels() {
            JFreeChart chart = THREE.chart(ImageSize.DEFAULT);
            assertNotNull(chart.getLegend());
            var items = chart.getXYPlot().getLegendItems();
            assertEquals(3, items.getItemCount());
            assertEquals(List.of("eu", "us", "asia"),
                    List.of(items.get(0).getLabel(), items.get(1).getLabel(), items.get(2).getLabel()));
            assertEquals(Palette.line(1), items.get(1).getLinePaint());
        }

        @Test
        void twoSeriesMayShareALabel() {
            CounterChart twins = new CounterChart("Ccu", null, List.of(EU, EU), DAY);
            assertEquals(2, twins.chart(ImageSize.DEFAULT).getXYPlot().getLegendItems().getItemCount());
        }

        @Test
        void at200By100OnlyThePlotAndItsTicks() {
            JFreeChart chart = THREE.chart(new ImageSize(200, 100));
            assertNull(chart.getTitle());
            assertNull(chart.getLegend());
            assertNull(chart.getXYPlot().getDomainAxis().getLabel());
            assertNull(chart.getXYPlot().getRangeAxis().getLabel());
            assertTrue(chart.getXYPlot().getDomainAxis().isTickLabelsVisible());
            assertTrue(chart.getXYPlot().getRangeAxis().isTickLabelsVisible());
        }

        @Test
        void aBlankTitleIsNone() {
            assertNull(new CounterChart(" ", null, List.of(EU), DAY).chart(ImageSize.DEFAULT).getTitle());
        }

        @Test
        void theTimeAxisIsTheRangeInUtc() {
            DateAxis time = (DateAxis) ONE.chart(ImageSize.DEFAULT).getXYPlot().getDomainAxis();
            assertEquals("UTC", time.getTimeZone().getID());
            assertEquals(DAY.start(), time.getMinimumDate().toInstant());
            assertEquals(DAY.end(), time.getMaximumDate().toInstant());
        }

        @Test
        void theValueAxisStartsAtZero() {
            XYPlot plot = ONE.chart(ImageSize.DEFAULT).getXYPlot();
            assertEquals(0, plot.getRangeAxis().getRange().getLowerBound());
        }

        @Test
        void noShadows() {
            XYPlot plot = THREE.chart(ImageSize.DEFAULT).getXYPlot();
            assertNull(plot.getShadowGenerator());
        }
    }

    @Test
    void aTimePointOutsideTheRangeIsLeftOutNotAnError() {
        ChartSeries early = new ChartSeries("eu", List.of(DAY.start().minusSeconds(3600), Instant.parse("2017-06-29T00:00:00Z")),
                List.of(10.0, 20.0));
        BufferedImage image = decode(new CounterChart("Ccu", null, List.of(early), DAY).png(ImageSize.DEFAULT));
        assertEquals(800, image.getWidth());
    }

    /** A sanity print, not a spec: how long the largest chart takes here. Nothing is asserted on time. */
    @Test
    void threeSeriesOfAPointAMinuteAt1600By800() {
        CounterChart minutes = new CounterChart("Ccu", "CCU (maximum)", SampleSeries.regions(DAY, 1440), DAY);
        ImageSize size = new ImageSize(1600, 800);
        minutes.png(size); // the first drawing also loads classes and fonts
        long start = System.nanoTime();
        byte[] png = minutes.png(size);
        long drawn = System.nanoTime() - start;
        System.out.printf("CounterChart: 1600×800, 3 series × 1440 points: %.0f ms, %d bytes%n", drawn / 1e6, png.length);
        assertEquals(1600, decode(png).getWidth());
    }
}
