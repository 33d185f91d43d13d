package org.polymetric.counters.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The seed's {@code width} and {@code height}: "Width in pixels, pass 1600 max - returns an error for higher numbers". */
class ImageSizeTest {

    private static InvalidImageSize refused(String width, String height) {
        return assertThrows(InvalidImageSize.class, () -> ImageSize.of(width, height));
    }

    @Test
    void noParametersGive800By400() {
        assertEquals(new ImageSize(800, 400), ImageSize.of(null, null));
        assertEquals(ImageSize.DEFAULT, ImageSize.of(null, null));
    }

    @ParameterizedTest(name = "width \"{0}\" counts as absent")
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void anEmptyParameterCountsAsAbsent(String blank) {
        assertEquals(new ImageSize(800, 400), ImageSize.of(blank, blank));
    }

    @Test
    void eachSideDefaultsOnItsOwn() {
        assertEquals(new ImageSize(200, 400), ImageSize.of("200", null));
        assertEquals(new ImageSize(800, 100), ImageSize.of(null, "100"));
    }

    @Test
    void sixteenHundredIsTheLargestSide() {
        assertEquals(new ImageSize(1600, 1600), ImageSize.of("1600", "1600"));
    }

    @Test
    void onePixelIsTheSmallestSide() {
        assertEquals(new ImageSize(1, 1), ImageSize.of("1", "1"));
    }

    @Test
    void surroundingSpacesAreIgnored() {
        assertEquals(new ImageSize(300, 150), ImageSize.of(" 300 ", "150 "));
    }

    @Test
    void aWidthOver1600IsRefusedNotCut() {
        InvalidImageSize e = refused("1601", null);
        assertEquals("width", e.parameter());
        assertEquals("width must be between 1 and 1600 pixels, not 1601", e.getMessage());
    }

    @Test
    void aHeightOver1600IsRefused() {
        InvalidImageSize e = refused(null, "1601");
        assertEquals("height", e.parameter());
        assertEquals("height must be between 1 and 1600 pixels, not 1601", e.getMessage());
    }

    @ParameterizedTest(name = "width {0} is refused")
    @ValueSource(strings = {"0", "-1", "-800", "99999", "999999999999999999"})
    void aWidthOutsideTheRangeIsRefused(String width) {
        InvalidImageSize e = refused(width, null);
        assertEquals("width", e.parameter());
        assertEquals("width must be between 1 and 1600 pixels, not " + width, e.getMessage());
    }

    @ParameterizedTest(name = "width \"{0}\" is refused")
    @ValueSource(strings = {"abc", "800px", "800.0", "1e3", "0x10", "8 00", "½"})
    void aWidthThatIsNoWholeNumberIsRefused(String width) {
        InvalidImageSize e = refused(width, "100");
        assertEquals("width", e.parameter());
        assertEquals("width must be a whole number of pixels between 1 and 1600, not \"" + width + "\"", e.getMessage());
    }

    @Test
    void aSideOfManyDigitsIsRefusedUnreadAndQuotedShort() {
        InvalidImageSize e = refused("9".repeat(100_000), null);
        assertEquals("width must be a whole number of pixels between 1 and 1600, not \"" + "9".repeat(40) + "…\"",
                e.getMessage());
    }

    @Test
    void theWidthIsCheckedBeforeTheHeight() {
        assertEquals("width", refused("abc", "abc").parameter());
    }

    @Test
    void aSizeIsAlwaysWithinTheLimits() {
        assertEquals("width", assertThrows(InvalidImageSize.class, () -> new ImageSize(0, 100)).parameter());
        assertEquals("height", assertThrows(InvalidImageSize.class, () -> new ImageSize(100, 1601)).parameter());
    }

    @Test
    void anInvalidSizeIsAnIllegalArgument() {
        assertEquals(IllegalArgumentException.class, InvalidImageSize.class.getSuperclass());
    }
}
