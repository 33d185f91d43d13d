package org.polymetric.organizations.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class IconCheckTest {
    @Test
    void pngJpegAndWebpAreRecognisedByTheirBytes() {
        assertEquals("image/png", IconCheck.check(TestImages.encoded("png", 64, 64)).icon().contentType());
        assertEquals("image/jpeg", IconCheck.check(TestImages.encoded("jpg", 64, 64)).icon().contentType());
        assertEquals("image/webp", IconCheck.check(TestImages.webp(512, 300)).icon().contentType());
    }

    @Test
    void theBytesAreKeptAsUploaded() {
        byte[] png = TestImages.encoded("png", 8, 8);
        assertArrayEquals(png, IconCheck.check(png).icon().bytes());
    }

    @Test
    void otherFormatsAndBrokenFilesAreRefused() {
        assertEquals("the file is not a PNG, JPEG or WebP image", IconCheck.check(TestImages.encoded("gif", 8, 8)).refusal());
        assertEquals("the file is not a PNG, JPEG or WebP image",
                IconCheck.check("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8)).refusal());
        byte[] truncated = Arrays.copyOf(TestImages.encoded("png", 64, 64), 20);
        assertEquals("the image cannot be read", IconCheck.check(truncated).refusal());
        assertEquals("the file is empty", IconCheck.check(new byte[0]).refusal());
    }

    @Test
    void sizesAreBounded() {
        assertNull(IconCheck.check(TestImages.encoded("png", 1024, 1024)).refusal());
        assertEquals("the image is larger than 1024×1024 pixels", IconCheck.check(TestImages.encoded("png", 1025, 10)).refusal());
        assertEquals("the image is larger than 1024×1024 pixels", IconCheck.check(TestImages.webp(10, 2000)).refusal());
        byte[] huge = Arrays.copyOf(TestImages.encoded("png", 8, 8), IconCheck.MAX_BYTES + 1);
        assertEquals("the file is larger than 1 MB", IconCheck.check(huge).refusal());
    }
}
