package org.polymetric.kernel.geo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a small MaxMind-format database (format 2.0, 24-bit records) of made-up records, so the
 * city and ASN paths are tested on a real file read by MaxMind's reader without shipping a licensed
 * database. Records are maps of strings, maps and non-negative ints; networks must not nest.
 */
final class TestMmdb {
    private static final int NO_DATA = -1;
    private static final byte[] METADATA_MARKER = {(byte) 0xAB, (byte) 0xCD, (byte) 0xEF,
        'M', 'a', 'x', 'M', 'i', 'n', 'd', '.', 'c', 'o', 'm'};

    private final int ipVersion;
    /** Each node's two records: a node index, {@link #NO_DATA}, or {@code -2 - offset} into the data section. */
    private final List<int[]> nodes = new ArrayList<>();
    private final ByteArrayOutputStream data = new ByteArrayOutputStream();

    TestMmdb(int ipVersion) {
        this.ipVersion = ipVersion;
        nodes.add(new int[] {NO_DATA, NO_DATA});
    }

    /** Maps {@code network} (e.g. {@code 81.2.69.0/24}) to {@code record}. */
    TestMmdb add(String network, Map<String, ?> record) throws IOException {
        String[] parts = network.split("/");
        byte[] address = InetAddress.getByName(parts[0]).getAddress();
        int prefix = Integer.parseInt(parts[1]);
        if (ipVersion == 6 && address.length == 4) {
            // IPv4 networks live under ::/96 in an IPv6 tree, where the reader looks for them
            byte[] mapped = new byte[16];
            System.arraycopy(address, 0, mapped, 12, 4);
            address = mapped;
            prefix += 96;
        }
        int offset = data.size();
        encode(data, record);
        int node = 0;
        for (int bit = 0; bit < prefix; bit++) {
            int side = (address[bit / 8] >> (7 - bit % 8)) & 1;
            if (bit == prefix - 1) {
                nodes.get(node)[side] = -2 - offset;
            } else {
                if (nodes.get(node)[side] < 0) {
                    nodes.add(new int[] {NO_DATA, NO_DATA});
                    nodes.get(node)[side] = nodes.size() - 1;
                }
                node = nodes.get(node)[side];
            }
        }
        return this;
    }

    /** The database file's bytes: tree, 16-byte separator, data section, metadata. */
    byte[] bytes() throws IOException {
        int count = nodes.size();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int[] node : nodes) {
            for (int record : node) {
                int value = record >= 0 ? record : record == NO_DATA ? count : count + 16 + (-2 - record);
                out.write(value >> 16);
                out.write(value >> 8);
                out.write(value);
            }
        }
        out.write(new byte[16]);
        data.writeTo(out);
        out.write(METADATA_MARKER);
        ByteArrayOutputStream meta = new ByteArrayOutputStream();
        control(meta, 7, 9);
        encode(meta, "binary_format_major_version");
        unsigned(meta, 5, BigInteger.valueOf(2));
        encode(meta, "binary_format_minor_version");
        unsigned(meta, 5, BigInteger.ZERO);
        encode(meta, "build_epoch");
        unsigned(meta, 9, BigInteger.valueOf(1_780_000_000L));
        encode(meta, "database_type");
        encode(meta, "Polymetric-Test-City");
        encode(meta, "description");
        encode(meta, Map.of("en", "made-up records for tests"));
        encode(meta, "ip_version");
        unsigned(meta, 5, BigInteger.valueOf(ipVersion));
        encode(meta, "languages");
        control(meta, 11, 1);
        encode(meta, "en");
        encode(meta, "node_count");
        unsigned(meta, 6, BigInteger.valueOf(count));
        encode(meta, "record_size");
        unsigned(meta, 5, BigInteger.valueOf(24));
        meta.writeTo(out);
        return out.toByteArray();
    }

    /** Where the data section starts in {@link #bytes()}, to damage it on purpose. */
    int dataSectionOffset() {
        return nodes.size() * 6 + 16;
    }

    Path write(Path file) throws IOException {
        return Files.write(file, bytes());
    }

    private static void encode(ByteArrayOutputStream out, Object value) throws IOException {
        if (value instanceof String s) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            control(out, 2, utf8.length);
            out.write(utf8);
        } else if (value instanceof Map<?, ?> map) {
            control(out, 7, map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                encode(out, e.getKey());
                encode(out, e.getValue());
            }
        } else if (value instanceof Integer number && number >= 0) {
            unsigned(out, 6, BigInteger.valueOf(number));
        } else {
            throw new IllegalArgumentException("only strings, maps and uint32s: " + value);
        }
    }

    private static void unsigned(ByteArrayOutputStream out, int type, BigInteger value) throws IOException {
        byte[] bytes = value.signum() == 0 ? new byte[0] : value.toByteArray();
        int skip = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        control(out, type, bytes.length - skip);
        out.write(bytes, skip, bytes.length - skip);
    }

    /** A control byte: type in the top three bits (0 and a second byte for types above 7), then the size. */
    private static void control(ByteArrayOutputStream out, int type, int size) {
        if (size >= 29 + 256) {
            throw new IllegalArgumentException("sizes up to 284 only: " + size);
        }
        int sizeBits = Math.min(size, 29);
        out.write(((type <= 7 ? type : 0) << 5) | sizeBits);
        if (type > 7) {
            out.write(type - 7);
        }
        if (size >= 29) {
            out.write(size - 29);
        }
    }
}
