package org.polymetric.organizations.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decides whether bytes are an acceptable icon: PNG, JPEG or WebP by their signature, at most
 * {@link #MAX_BYTES} and {@link #MAX_SIDE}×{@link #MAX_SIDE}. The size comes from the header
 * ({@link ImageHeader}) and is checked before anything is decoded; only then are PNG and JPEG
 * decoded with ImageIO (which proves them well-formed), after its reader has read the same size.
 * WebP is not decoded (the JDK has no decoder): its header is checked.
 */
public final class IconCheck {
    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_SIDE = 1024;
    /** An upload's body: the file plus a few form fields and multipart framing. */
    public static final int UPLOAD_LIMIT = MAX_BYTES + 64 * 1024;

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
        if (ImageHeader.sniff(bytes) == null) {
            return Result.refused("the file is not a PNG, JPEG or WebP image");
        }
        ImageHeader header = ImageHeader.read(bytes).orElse(null);
        if (header == null) {
            return Result.refused("the image cannot be read");
        }
        if (header.width() > MAX_SIDE || header.height() > MAX_SIDE) {
            return Result.refused("the image is larger than 1024×1024 pixels");
        }
        if (!header.contentType().equals("image/webp") && !decodes(bytes, header)) {
            return Result.refused("the image cannot be read");
        }
        return new Result(new Icon(header.contentType(), bytes), null);
    }

    /** An icon, or why not. */
    public record Result(Icon icon, String refusal) {
        static Result refused(String why) {
            return new Result(null, why);
        }
    }

    /** Whether ImageIO reads the size the header declared and then decodes the whole image. */
    private static boolean decodes(byte[] bytes, ImageHeader header) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            Optional<ImageReader> found = readers.hasNext() ? Optional.of(readers.next()) : Optional.empty();
            if (found.isEmpty()) {
                return false;
            }
            ImageReader reader = found.get();
            try {
                reader.setInput(in, true, true);
                if (reader.getWidth(0) != header.width() || reader.getHeight(0) != header.height()) {
                    return false;
                }
                return reader.read(0) != null;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
