package org.polymetric.organizations.domain;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Small images made on the spot, in each accepted format. */
public final class TestImages {
    private TestImages() {
    }

    public static byte[] encoded(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x3366ff);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The header of a lossless WebP (RIFF, WEBP, VP8L with its size fields); enough for the size check. */
    public static byte[] webp(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(32).put("WEBP".getBytes(StandardCharsets.US_ASCII));
        b.put("VP8L".getBytes(StandardCharsets.US_ASCII)).putInt(20).put((byte) 0x2f);
        b.putInt((width - 1) | (height - 1) << 14);
        return b.array();
    }

    /** A PNG signature and an IHDR declaring this size, then nothing: what a decompression bomb starts with. */
    public static byte[] pngDeclaring(long width, long height) {
        ByteBuffer b = ByteBuffer.allocate(33);
        b.put(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}).putInt(13).put("IHDR".getBytes(StandardCharsets.US_ASCII));
        b.putInt((int) width).putInt((int) height).put(new byte[]{8, 2, 0, 0, 0}).putInt(0);
        return b.array();
    }

    /** A JPEG start, a comment segment and a baseline frame header declaring this size. */
    public static byte[] jpegDeclaring(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(32);
        b.put(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xFE, 0, 4, 'h', 'i'});
        b.put(new byte[]{(byte) 0xFF, (byte) 0xC0, 0, 11, 8}).putShort((short) height).putShort((short) width);
        b.put(new byte[]{1, 1, 0x11, 0});
        return b.array();
    }
}
