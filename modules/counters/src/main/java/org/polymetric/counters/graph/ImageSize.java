package org.polymetric.counters.graph;

import java.util.OptionalLong;
import org.polymetric.counters.domain.RequestText;

/**
 * The pixel size of a graph, from the request's optional {@code width} and {@code height}. The
 * seed: "Width in pixels, pass 1600 max - returns an error for higher numbers" (height alike), so
 * a side over {@value #MAX_SIDE} is refused rather than cut down, and so is anything that is not
 * a positive whole number.
 *
 * <p>The seed gives no default; {@value #DEFAULT_WIDTH} × {@value #DEFAULT_HEIGHT} is ours: a time
 * series reads best about twice as wide as high, and that size fits a page without scaling.
 */
public record ImageSize(int width, int height) {
    public static final int MIN_SIDE = 1;
    public static final int MAX_SIDE = 1600;
    public static final int DEFAULT_WIDTH = 800;
    public static final int DEFAULT_HEIGHT = 400;
    public static final ImageSize DEFAULT = new ImageSize(DEFAULT_WIDTH, DEFAULT_HEIGHT);

    /**
     * The most digits a side is read with (a longer one is refused unread). A sign is taken so
     * that "-1" is told the range; "1e3", "800.0" and "800px" are no whole number.
     */
    private static final int DIGITS = 18;

    public ImageSize {
        check("width", width);
        check("height", height);
    }

    /**
     * Reads the query's parameters.
     *
     * @param width  the {@code width} parameter as sent, or {@code null}; absent or blank is {@value #DEFAULT_WIDTH}
     * @param height the {@code height} parameter as sent, or {@code null}; absent or blank is {@value #DEFAULT_HEIGHT}
     * @throws InvalidImageSize when either is not a whole number from 1 to 1600; the width is checked first
     */
    public static ImageSize of(String width, String height) throws InvalidImageSize {
        return new ImageSize(side("width", width, DEFAULT_WIDTH), side("height", height, DEFAULT_HEIGHT));
    }

    private static int side(String parameter, String text, int absent) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        String t = text.strip();
        OptionalLong pixels = RequestText.whole(t, DIGITS);
        if (pixels.isEmpty()) {
            throw new InvalidImageSize(parameter, parameter + " must be a whole number of pixels between "
                    + MIN_SIDE + " and " + MAX_SIDE + ", not \"" + RequestText.quoted(t) + "\"");
        }
        if (pixels.getAsLong() < MIN_SIDE || pixels.getAsLong() > MAX_SIDE) {
            throw outOfRange(parameter, t);
        }
        return (int) pixels.getAsLong();
    }

    private static void check(String parameter, int pixels) {
        if (pixels < MIN_SIDE || pixels > MAX_SIDE) {
            throw outOfRange(parameter, Integer.toString(pixels));
        }
    }

    private static InvalidImageSize outOfRange(String parameter, String given) {
        return new InvalidImageSize(parameter, parameter + " must be between " + MIN_SIDE + " and " + MAX_SIDE
                + " pixels, not " + given);
    }
}
