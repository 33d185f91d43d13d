package org.polymetric.counters.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The value axis' labels: every digit up to 9,999, then SI prefixes in one unit per axis. */
class ValueFormatTest {

    @ParameterizedTest(name = "on an axis up to {0}, {1} reads \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "3748      | 3500        | 3,500",
        "9999      | 9999        | 9,999",
        "4         | 0.5         | 0.5",
        "0.3       | 0.30000000000000004 | 0.3",
        "0.02      | 0.0025      | 0.0025",
        "15000     | 2500        | 2.5k",
        "15000     | 15000       | 15k",
        "999999    | 1000000     | 1,000k",
        "1500000   | 250000      | 0.25M",
        "1500000   | 1500000     | 1.5M",
        "3.2e9     | 500000000   | 0.5G",
        "3.2e9     | 3000000000  | 3G",
        "2e15      | 1e15        | 1P",
        "9e30      | 9e30        | 9,000,000,000,000E",
        "-20000    | -15000      | -15k"})
    void labels(double largest, double tick, String label) {
        assertEquals(label, ValueFormat.upTo(largest).format(tick));
    }

    @Test
    void zeroIsZeroInAnyUnit() {
        assertEquals("0", ValueFormat.upTo(3.2e9).format(0));
        assertEquals("0", ValueFormat.upTo(3.2e9).format(-0.0));
        assertEquals("0", ValueFormat.upTo(5).format(-0.0));
    }

    @Test
    void anAxisWithoutValuesIsPlain() {
        assertEquals("1", ValueFormat.upTo(0).format(1));
        assertEquals("0.1", ValueFormat.upTo(Double.NaN).format(0.1));
    }

    @Test
    void aLabelReadsBackAsItsValueAndAnythingElseDoesNot() throws Exception {
        assertEquals(2_500_000.0, ValueFormat.upTo(3_000_000).parse("2.5M").doubleValue());
        assertEquals(1_200.0, ValueFormat.upTo(5_000).parse("1,200").doubleValue());
        java.text.ParsePosition at = new java.text.ParsePosition(0);
        assertEquals(null, ValueFormat.upTo(3_000_000).parse("2.5k", at), "another axis' prefix");
        assertEquals(0, at.getIndex());
        assertEquals(3, at.getErrorIndex());
    }
}
