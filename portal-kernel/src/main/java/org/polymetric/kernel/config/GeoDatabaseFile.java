package org.polymetric.kernel.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The check of {@code POLYMETRIC_GEOIP_CITY_DB} and {@code POLYMETRIC_GEOIP_ASN_DB}: a readable MaxMind-format file. The launcher has
 * no MaxMind reader, so it looks for the format's metadata marker, which the specification puts
 * in the last 128 KiB; a wrong path then stops the start instead of leaving the server without
 * cities or networks.
 */
final class GeoDatabaseFile {
    private static final byte[] METADATA_MARKER = marker();
    private static final int METADATA_MAX = 128 * 1024;

    private GeoDatabaseFile() {
    }

    /** The file's absolute path, or {@link IllegalArgumentException} saying what is wrong with it. */
    static String check(String raw) {
        Path file;
        try {
            file = Path.of(raw.trim()).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("not a file path");
        }
        if (raw.isBlank() || !Files.exists(file)) {
            throw new IllegalArgumentException("no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("not a regular file");
        }
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("the file cannot be read");
        }
        if (!hasMetadataMarker(file)) {
            throw new IllegalArgumentException("not a MaxMind-format (.mmdb) database");
        }
        return file.toString();
    }

    private static boolean hasMetadataMarker(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            int tail = (int) Math.min(size, METADATA_MAX);
            ByteBuffer bytes = ByteBuffer.allocate(tail);
            long position = size - tail;
            while (bytes.hasRemaining() && channel.read(bytes, position + bytes.position()) >= 0) {
                // read until the tail is in
            }
            return indexOf(bytes.array(), bytes.position(), METADATA_MARKER) >= 0;
        } catch (IOException e) {
            throw new IllegalArgumentException("the file cannot be read (" + e.getMessage() + ")");
        }
    }

    private static int indexOf(byte[] data, int length, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] marker() {
        byte[] name = "MaxMind.com".getBytes(StandardCharsets.US_ASCII);
        byte[] marker = new byte[3 + name.length];
        marker[0] = (byte) 0xAB;
        marker[1] = (byte) 0xCD;
        marker[2] = (byte) 0xEF;
        System.arraycopy(name, 0, marker, 3, name.length);
        return marker;
    }
}
