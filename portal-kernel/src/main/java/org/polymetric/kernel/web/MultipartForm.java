package org.polymetric.kernel.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code multipart/form-data} body split into its named parts (RFC 7578): enough for a form of
 * a few fields and one file, read from a body whose size the caller has already bounded.
 */
public final class MultipartForm {
    private static final Pattern BOUNDARY = Pattern.compile("boundary=(?:\"([^\"]+)\"|([^;\\s]+))", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private final Map<String, byte[]> parts;

    private MultipartForm(Map<String, byte[]> parts) {
        this.parts = parts;
    }

    /** Parses the body; empty when the content type has no boundary or the body is not multipart. */
    public static Optional<MultipartForm> parse(String contentType, byte[] body) {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher m = BOUNDARY.matcher(contentType);
        if (!m.find()) {
            return Optional.empty();
        }
        byte[] delimiter = ("--" + (m.group(1) != null ? m.group(1) : m.group(2))).getBytes(StandardCharsets.ISO_8859_1);
        Map<String, byte[]> parts = new LinkedHashMap<>();
        int at = indexOf(body, delimiter, 0);
        if (at < 0) {
            return Optional.empty();
        }
        while (true) {
            int start = at + delimiter.length;
            if (start + 2 <= body.length && body[start] == '-' && body[start + 1] == '-') {
                break; // closing delimiter
            }
            start = skipLineEnd(body, start);
            int next = indexOf(body, delimiter, start);
            if (next < 0) {
                return Optional.empty();
            }
            int end = next;
            if (end >= 2 && body[end - 2] == '\r' && body[end - 1] == '\n') {
                end -= 2;
            } else if (end >= 1 && body[end - 1] == '\n') {
                end -= 1;
            }
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
            int gap = 4;
            if (headersEnd < 0 || headersEnd > end) {
                headersEnd = indexOf(body, "\n\n".getBytes(StandardCharsets.ISO_8859_1), start);
                gap = 2;
            }
            if (headersEnd < 0 || headersEnd > end) {
                return Optional.empty();
            }
            String headers = new String(body, start, headersEnd - start, StandardCharsets.UTF_8);
            Matcher name = NAME.matcher(headers.toLowerCase(Locale.ROOT).contains("content-disposition") ? headers : "");
            if (name.find()) {
                parts.putIfAbsent(name.group(1), Arrays.copyOfRange(body, headersEnd + gap, end));
            }
            at = next;
        }
        return Optional.of(new MultipartForm(parts));
    }

    /** The field names, in the order they came. */
    public java.util.Set<String> names() {
        return java.util.Collections.unmodifiableSet(parts.keySet());
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

    static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

}
