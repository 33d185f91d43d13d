package org.polymetric.organizations.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void aHugeDeclaredSizeIsRefusedFromTheHeaderAlone() {
        // these files hold a header and no pixels: a decode would fail on the missing data, so the
        // size answer shows the header alone decided (no clock: timed unit tests fail on a busy machine)
        assertEquals("the image is larger than 1024×1024 pixels", IconCheck.check(TestImages.pngDeclaring(50_000, 50_000)).refusal());
        assertEquals("the image is larger than 1024×1024 pixels", IconCheck.check(TestImages.jpegDeclaring(60_000, 60_000)).refusal());
        assertEquals("the image is larger than 1024×1024 pixels", IconCheck.check(TestImages.pngDeclaring(0xFFFFFFFFL, 1)).refusal());
    }

    @Test
    void headersGiveTheDeclaredSize() {
        ImageHeader png = ImageHeader.read(TestImages.encoded("png", 300, 20)).orElseThrow();
        assertEquals(300, png.width());
        assertEquals(20, png.height());
        ImageHeader jpeg = ImageHeader.read(TestImages.encoded("jpg", 33, 700)).orElseThrow();
        assertEquals("image/jpeg", jpeg.contentType());
        assertEquals(33, jpeg.width());
        assertEquals(700, jpeg.height());
        assertTrue(ImageHeader.read(TestImages.pngDeclaring(0, 5)).isEmpty(), "a zero side is no image");
    }
}
