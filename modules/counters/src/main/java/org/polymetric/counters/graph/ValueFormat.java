package org.polymetric.counters.graph;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * The value axis' tick labels: plain numbers up to 9,999, and SI prefixes beyond ({@code 15k},
 * {@code 2.5M}, {@code 1.2G}), so that traffic in bytes does not spend a small chart's width on
 * digits. The prefix is chosen once per axis, from its largest value, so that every tick reads
 * in the same unit. SI rather than "K/M/B": {@code 1.2B} bytes would read as a byte and a bit.
 */
final class ValueFormat extends NumberFormat {
    /** Below this every digit fits; from it on, thousands are shown by a prefix. */
    static final double PREFIX_FROM = 10_000;
    private static final String[] PREFIXES = {"", "k", "M", "G", "T", "P", "E"};

    private final double scale;
    private final String prefix;
    private final DecimalFormat digits;

    private ValueFormat(int thousands, String pattern) {
        this.scale = Math.pow(1000, thousands);
        this.prefix = PREFIXES[thousands];
        this.digits = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    /** The format for an axis whose values reach {@code largest} in magnitude. */
    static ValueFormat upTo(double largest) {
        double magnitude = Math.abs(largest);
        if (!(magnitude >= PREFIX_FROM)) {
            // ticks are multiples of a round step: six decimals cover any step the axis takes
            // here and hide the binary noise of 0.1 + 0.2
            return new ValueFormat(0, "#,##0.######");
        }
        int thousands = Math.min(PREFIXES.length - 1, (int) Math.floor(Math.log10(magnitude) / 3));
        // three decimals: steps are 1, 2 or 5 times a power of ten and, with zero on the axis, only
        // a few dozen fit, so no step is finer than a thousandth of the prefix's unit
        return new ValueFormat(thousands, "#,##0.###");
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        if (number == 0) {
            return toAppendTo.append('0'); // never "-0", never "0k"
        }
        return digits.format(number / scale, toAppendTo, pos).append(prefix);
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    /**
     * Reads a label back ({@code 2.5M} → 2 500 000). The chart never does; NumberFormat's
     * contract asks for it. Null, with the position unmoved, when the text is not a label of
     * this axis.
     */
    @Override
    public Number parse(String source, ParsePosition position) {
        int start = position.getIndex();
        Number n = digits.parse(source, position);
        if (n == null) {
            return null;
        }
        if (!source.startsWith(prefix, position.getIndex())) {
            position.setErrorIndex(position.getIndex());
            position.setIndex(start);
            return null;
        }
        position.setIndex(position.getIndex() + prefix.length());
        return n.doubleValue() * scale;
    }
}
