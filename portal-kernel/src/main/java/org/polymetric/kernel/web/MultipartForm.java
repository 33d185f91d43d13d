package org.polymetric.kernel.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code multipart/form-data} body split into its named parts (RFC 7578): enough for a form of
 * a few fields and one file, read from a body whose size the caller has already bounded.
 *
 * <p>One pass over the body: the boundary is found with a linear search (KMP) and each part's
 * headers are looked for only inside that part, so the work grows with the body's length and not
 * with the number of parts times the rest of the body. A body is refused (empty) when its boundary
 * is longer than RFC 2046's 70 characters or when it has more than {@link #MAX_PARTS} parts;
 * callers answer that as a malformed body in their own dialect.
 */
public final class MultipartForm {
    /** Parts read at most; a form of the portal has a handful. */
    public static final int MAX_PARTS = 1000;
    /** RFC 2046 §5.1.1: a boundary has 1 to 70 characters. */
    public static final int MAX_BOUNDARY = 70;
    private static final Pattern BOUNDARY = Pattern.compile("boundary=(?:\"([^\"]*)\"|([^;\\s]*))", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private final Map<String, byte[]> parts;

    private MultipartForm(Map<String, byte[]> parts) {
        this.parts = parts;
    }

    /**
     * Parses the body; empty when the content type has no usable boundary, the body is not
     * multipart, or it breaks a limit above.
     */
    public static Optional<MultipartForm> parse(String contentType, byte[] body) {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher m = BOUNDARY.matcher(contentType);
        if (!m.find()) {
            return Optional.empty();
        }
        String boundary = m.group(1) != null ? m.group(1) : m.group(2);
        if (boundary.isEmpty() || boundary.length() > MAX_BOUNDARY) {
            return Optional.empty();
        }
        Delimiter delimiter = new Delimiter(("--" + boundary).getBytes(StandardCharsets.ISO_8859_1));
        Map<String, byte[]> parts = new LinkedHashMap<>();
        int at = delimiter.find(body, 0);
        if (at < 0) {
            return Optional.empty();
        }
        int count = 0;
        while (true) {
            int start = at + delimiter.length();
            if (start + 2 <= body.length && body[start] == '-' && body[start + 1] == '-') {
                break; // closing delimiter
            }
            if (++count > MAX_PARTS) {
                return Optional.empty();
            }
            start = skipLineEnd(body, start);
            int next = delimiter.find(body, start);
            if (next < 0) {
                return Optional.empty();
            }
            int end = next;
            if (end - 2 >= start && body[end - 2] == '\r' && body[end - 1] == '\n') {
                end -= 2;
            } else if (end - 1 >= start && body[end - 1] == '\n') {
                end -= 1;
            }
            int[] blank = blankLine(body, start, end);
            if (blank == null) {
                return Optional.empty();
            }
            String headers = new String(body, start, blank[0] - start, StandardCharsets.UTF_8);
            Matcher name = NAME.matcher(headers.toLowerCase(Locale.ROOT).contains("content-disposition") ? headers : "");
            if (name.find()) {
                parts.putIfAbsent(name.group(1), Arrays.copyOfRange(body, blank[1], end));
            }
            at = next;
        }
        return Optional.of(new MultipartForm(parts));
    }

    /** The field names, in the order they came. */
    public Set<String> names() {
        return Collections.unmodifiableSet(parts.keySet());
    }

    public Optional<byte[]> bytes(String name) {
        return Optional.ofNullable(parts.get(name));
    }

    /** A text field, trimmed; null when absent. */
    public String text(String name) {
        byte[] b = parts.get(name);
        return b == null ? null : new String(b, StandardCharsets.UTF_8).trim();
    }

    private static int skipLineEnd(byte[] b, int at) {
        if (at < b.length && b[at] == '\r') {
            at++;
        }
        if (at < b.length && b[at] == '\n') {
            at++;
        }
        return at;
    }

    /**
     * The first blank line ({@code \r\n\r\n} or {@code \n\n}) in {@code [from, to)}: where the
     * headers end and where the content starts; null when there is none.
     */
    private static int[] blankLine(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != '\n') {
                continue;
            }
            if (i + 1 < to && b[i + 1] == '\n') {
                return new int[]{i, i + 2};
            }
            if (i + 2 < to && b[i + 1] == '\r' && b[i + 2] == '\n') {
                return new int[]{i, i + 3};
            }
        }
        return null;
    }

    /** The delimiter line's bytes with their Knuth–Morris–Pratt table: a search never steps back in the body. */
    static final class Delimiter {
        private final byte[] bytes;
        private final int[] fallback;

        Delimiter(byte[] bytes) {
            this.bytes = bytes;
            this.fallback = new int[bytes.length];
            for (int i = 1, k = 0; i < bytes.length; i++) {
                while (k > 0 && bytes[i] != bytes[k]) {
                    k = fallback[k - 1];
                }
                if (bytes[i] == bytes[k]) {
                    k++;
                }
                fallback[i] = k;
            }
        }

        int length() {
            return bytes.length;
        }

        /** The first index at or after {@code from} where the delimiter starts, or -1. */
        int find(byte[] haystack, int from) {
            for (int i = Math.max(0, from), k = 0; i < haystack.length; i++) {
                while (k > 0 && haystack[i] != bytes[k]) {
                    k = fallback[k - 1];
                }
                if (haystack[i] == bytes[k]) {
                    k++;
                }
                if (k == bytes.length) {
                    return i - bytes.length + 1;
                }
            }
            return -1;
        }
    }
}
