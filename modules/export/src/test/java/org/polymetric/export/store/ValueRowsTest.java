package org.polymetric.export.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** A value's key is {@code UNHEX(MD5(value))} over its UTF-8 bytes, as the server's {@code MD5} of a {@code utf8mb4} string. */
class ValueRowsTest {

    @Test
    void theHashIsTheMd5OfTheUtf8Bytes() {
        assertEquals("900150983cd24fb0d6963f7d28e17f72", HexFormat.of().formatHex(ValueRows.hash("abc")));
        assertEquals("259fad1ee8b8769f11d2adb9bb554906", HexFormat.of().formatHex(ValueRows.hash("/vidéo?é=✓")));
        assertEquals(16, ValueRows.hash("x".repeat(2_048)).length);
    }

    @Test
    void trailingSpacesMakeAnotherValue() {
        // the value column pads (utf8mb4_bin), the key does not: "news " and "news" are two values
        assertNotEquals(HexFormat.of().formatHex(ValueRows.hash("news ")), HexFormat.of().formatHex(ValueRows.hash("news")));
    }
}
