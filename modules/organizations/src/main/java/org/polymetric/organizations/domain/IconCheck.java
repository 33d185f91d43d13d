package org.polymetric.organizations.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.awt.image.BufferedImage;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Decides whether bytes are an acceptable icon: PNG, JPEG or WebP by their signature, at most
 * {@link #MAX_BYTES} and {@link #MAX_SIDE}×{@link #MAX_SIDE}. PNG and JPEG are decoded with
 * ImageIO (which also proves them well-formed); WebP sizes come from its VP8/VP8L/VP8X header.
 */
public final class IconCheck {
    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_SIDE = 1024;

    private IconCheck() {
    }

    /** The checked icon, or the reason it is refused. */
    public static Result check(byte[] bytes) {
        if (bytes.length == 0) {
            return Result.refused("the file is empty");
        }
        if (bytes.length > MAX_BYTES) {
            return Result.refused("the file is larger than 1 MB");
        }
        String type = sniff(bytes);
        if (type == null) {
            return Result.refused("the file is not a PNG, JPEG or WebP image");
        }
        Optional<int[]> size = type.equals("image/webp") ? webpSize(bytes) : decodedSize(bytes);
        if (size.isEmpty()) {
            return Result.refused("the image cannot be read");
        }
        if (size.get()[0] > MAX_SIDE || size.get()[1] > MAX_SIDE) {
            return Result.refused("the image is larger than 1024×1024 pixels");
        }
        return new Result(new Icon(type, bytes), null);
    }

    /** An icon, or why not. */
    public record Result(Icon icon, String refusal) {
        static Result refused(String why) {
            return new Result(null, why);
        }
    }

    static String sniff(byte[] b) {
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
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

    private static Optional<int[]> decodedSize(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            return image == null ? Optional.empty() : Optional.of(new int[]{image.getWidth(), image.getHeight()});
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Width and height from the first chunk of a WebP file (lossy VP8, lossless VP8L, extended VP8X). */
    static Optional<int[]> webpSize(byte[] b) {
        if (b.length < 30) {
            return Optional.empty();
        }
        String chunk = new String(b, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
        switch (chunk) {
            case "VP8X":
                return Optional.of(new int[]{1 + u24(b, 24), 1 + u24(b, 27)});
            case "VP8L":
                if ((b[20] & 0xff) != 0x2f) {
                    return Optional.empty();
                }
                int bits = (b[21] & 0xff) | (b[22] & 0xff) << 8 | (b[23] & 0xff) << 16 | (b[24] & 0xff) << 24;
                return Optional.of(new int[]{1 + (bits & 0x3fff), 1 + ((bits >> 14) & 0x3fff)});
            case "VP8 ":
                if ((b[23] & 0xff) != 0x9d || (b[24] & 0xff) != 0x01 || (b[25] & 0xff) != 0x2a) {
                    return Optional.empty();
                }
                return Optional.of(new int[]{u16(b, 26) & 0x3fff, u16(b, 28) & 0x3fff});
            default:
                return Optional.empty();
        }
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static int u24(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16;
    }
}
