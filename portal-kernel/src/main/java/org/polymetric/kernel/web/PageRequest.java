package org.polymetric.kernel.web;

/**
 * Which slice of a list to return: {@code offset} items skipped, at most {@code size} returned.
 * Built from query parameters with the bounds a dialect documents (GameAnalytics: 1..100, default 10).
 */
public record PageRequest(int offset, int size) {

    /**
     * Reads {@code offset} and {@code size} text; null or blank takes the defaults.
     *
     * @throws IllegalArgumentException naming the parameter when a value is not a number in range
     */
    public static PageRequest parse(String offset, String size, int defaultSize, int maxSize) {
        int o = number(offset, 0, "offset", 0, Integer.MAX_VALUE);
        int s = number(size, defaultSize, "size", 1, maxSize);
        return new PageRequest(o, s);
    }

    private static int number(String text, int fallback, String name, int min, int max) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(text.trim());
            if (n < min || n > max) {
                throw new IllegalArgumentException(name + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an integer");
        }
    }
}
