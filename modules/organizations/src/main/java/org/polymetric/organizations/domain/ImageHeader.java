package org.polymetric.organizations.domain;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The format and the declared width and height of an image, read from its first bytes (PNG's
 * IHDR, JPEG's SOF, WebP's VP8/VP8L/VP8X chunk) without decoding a pixel: a file of a few bytes
 * can declare 50 000×50 000, which a decoder would try to allocate.
 */
public record ImageHeader(String contentType, long width, long height) {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** The format its signature shows, or null for any other (GIF, SVG, ...). */
    static String sniff(byte[] b) {
        if (startsWith(b, PNG)) {
            return "image/png";
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length >= 16 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "image/webp";
        }
        return null;
    }

    /** The header of a PNG, JPEG or WebP file; empty when the format is another or the header is broken. */
    public static Optional<ImageHeader> read(byte[] b) {
        String type = sniff(b);
        if (type == null) {
            return Optional.empty();
        }
        Optional<long[]> size = switch (type) {
            case "image/png" -> png(b);
            case "image/jpeg" -> jpeg(b);
            default -> webp(b);
        };
        return size.filter(s -> s[0] > 0 && s[1] > 0).map(s -> new ImageHeader(type, s[0], s[1]));
    }

    /** The IHDR chunk, which the PNG specification puts first: length 13, then width and height. */
    private static Optional<long[]> png(byte[] b) {
        if (b.length < 24 || be32(b, 8) != 13 || b[12] != 'I' || b[13] != 'H' || b[14] != 'D' || b[15] != 'R') {
            return Optional.empty();
        }
        return Optional.of(new long[]{be32(b, 16), be32(b, 20)});
    }

    /**
     * The first start-of-frame segment (SOF0..SOF15 but DHT, JPG and DAC), found by walking the
     * segments before the scan: precision, then height and width.
     */
    private static Optional<long[]> jpeg(byte[] b) {
        int at = 2;
        while (at + 3 < b.length) {
            if ((b[at] & 0xff) != 0xFF) {
                return Optional.empty();
            }
            int marker = b[at + 1] & 0xff;
            if (marker == 0xFF) {
                at++; // fill byte
                continue;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                at += 2; // markers without a segment
                continue;
            }
            if (marker == 0xD9 || marker == 0xDA) {
                return Optional.empty(); // the end or the scan came before any frame
            }
            int length = be16(b, at + 2);
            if (length < 2) {
                return Optional.empty();
            }
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                return at + 8 < b.length && length >= 7
                        ? Optional.of(new long[]{be16(b, at + 7), be16(b, at + 5)}) : Optional.empty();
            }
            at += 2 + length;
        }
        return Optional.empty();
    }

    /** The first chunk of a WebP file: lossy VP8, lossless VP8L or extended VP8X. */
    private static Optional<long[]> webp(byte[] b) {
        if (b.length < 30) {
            return Optional.empty();
        }
        switch (new String(b, 12, 4, StandardCharsets.US_ASCII)) {
            case "VP8X":
                return Optional.of(new long[]{1 + le24(b, 24), 1 + le24(b, 27)});
            case "VP8L":
                if ((b[20] & 0xff) != 0x2f) {
                    return Optional.empty();
                }
                long bits = (b[21] & 0xff) | (b[22] & 0xff) << 8 | (b[23] & 0xff) << 16 | (long) (b[24] & 0xff) << 24;
                return Optional.of(new long[]{1 + (bits & 0x3fff), 1 + ((bits >> 14) & 0x3fff)});
            case "VP8 ":
                if ((b[23] & 0xff) != 0x9d || (b[24] & 0xff) != 0x01 || (b[25] & 0xff) != 0x2a) {
                    return Optional.empty();
                }
                return Optional.of(new long[]{le16(b, 26) & 0x3fff, le16(b, 28) & 0x3fff});
            default:
                return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static long be32(byte[] b, int at) {
        return (long) (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }

    private static int be16(byte[] b, int at) {
        return (b[at] & 0xff) << 8 | (b[at + 1] & 0xff);
    }

    private static int le16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static int le24(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16;
    }
}
