package org.polymetric.counters.domain.line;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.polymetric.counters.domain.RequestText;

/**
 * One line of InfluxDB line protocol read as InfluxDB reads it, before anything counter-specific:
 * {@code measurement[,tag=value…] field=value[,field=value…] [timestamp]}.
 *
 * <p>Escapes: in the measurement a backslash escapes a comma or a space; in tag keys, tag values
 * and field keys it escapes a comma, an equals sign or a space; everywhere a double backslash is
 * one backslash, a backslash before any other character stays a backslash, and a backslash ending
 * the line is an error. String field values are double-quoted with {@code \"} and {@code \\}
 * inside; they are read only so that what follows them is read right.
 *
 * <p>Numbers are checked by their grammar before they are parsed: a float is at most
 * {@value #MAX_NUMBER} characters (every double Telegraf writes in full, {@code 'f'} format, fits)
 * with an exponent of at most {@value #MAX_EXPONENT_DIGITS} digits, an integer field or a
 * timestamp at most 20 characters (a 64-bit integer and its sign). Longer ones are refused by
 * their length, by a check that costs nothing per value, so a line of 100 000 digits is refused
 * at once; values quoted in messages are cut short ({@link RequestText#quoted}).
 */
record Point(String measurement, Map<String, String> tags, List<Field> fields, Long timestamp) {
    /** The longest float read: the longest double in {@code 'f'} format has some 330 characters. */
    static final int MAX_NUMBER = 400;
    /** The most digits of a float's exponent: a double's reach from 1e-324 to 1e308 needs 3. */
    static final int MAX_EXPONENT_DIGITS = 3;
    /** The longest integer field or timestamp: 20 digits, or a minus and 19. */
    static final int MAX_INTEGER = 20;
    private static final String MEASUREMENT_ESCAPES = ", ";
    private static final String KEY_ESCAPES = ",= ";
    private static final Pattern NON_FINITE = Pattern.compile("[+-]?(?:nan|inf|infinity)");
    private static final Set<String> BOOLEANS = Set.of("t", "T", "true", "True", "TRUE", "f", "F", "false", "False",
            "FALSE");

    /** What a field value is; only numbers are counter values. */
    enum Type {
        FLOAT, INTEGER, UNSIGNED, BOOLEAN, STRING, NON_FINITE
    }

    /**
     * A field as written; {@code number} is its value for the numeric types (a double: counters are
     * stored as such, so integers beyond 2^53 lose their last digits).
     */
    record Field(String key, Type type, String text, double number) {
    }

    /** What follows the measurement and tags: the fields and the timestamp (null when the line has none). */
    record Tail(List<Field> fields, Long timestamp) {
    }

    /** Reads one line (without its line break); {@code number} is its 1-based line number for errors. */
    static Point read(String text, int number) throws LineError {
        return new Reader(text, text.length(), number).point();
    }

    /**
     * Where the measurement and tags of the line from {@code start} to {@code end} in {@code text}
     * end: the index of the first space no backslash escapes, after any leading spaces; -1 when
     * there is none (the line has no field set).
     * Two lines with the same text up to there name the same series.
     */
    static int headEnd(String text, int start, int end) {
        int i = start;
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        while (i < end) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == ' ') {
                return i;
            } else {
                i++;
            }
        }
        return -1;
    }

    /**
     * Reads the fields and timestamp of the line that ends at {@code end} in {@code text}, from
     * {@code from}, where its head ends ({@link #headEnd}).
     */
    static Tail readTail(String text, int from, int end, int number) throws LineError {
        Reader r = new Reader(text, end, number);
        r.i = from;
        return r.tail();
    }

    /** Whether the text is {@code -?\\d+} (without the minus when not {@code signed}). */
    static boolean isInteger(String text, boolean signed) {
        return isInteger(text, 0, text.length(), signed);
    }

    /** Whether {@code text} from {@code start} to {@code stop} is {@code -?\\d+} (without the minus when not {@code signed}). */
    private static boolean isInteger(String text, int start, int stop, boolean signed) {
        int i = signed && start < stop && text.charAt(start) == '-' ? start + 1 : start;
        return i < stop && digits(text, i, stop) == stop;
    }

    /**
     * Whether the text is a float as InfluxDB writes one, {@code -?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?},
     * with an exponent of at most {@value #MAX_EXPONENT_DIGITS} digits.
     */
    static boolean isFloat(String text) {
        int i = text.startsWith("-") ? 1 : 0;
        int whole = digits(text, i);
        int end = whole;
        if (end < text.length() && text.charAt(end) == '.') {
            end = digits(text, end + 1);
            if (whole == i && end == whole + 1) {
                return false; // a point alone
            }
        } else if (whole == i) {
            return false; // no digit
        }
        if (end < text.length() && (text.charAt(end) == 'e' || text.charAt(end) == 'E')) {
            int exponent = end + 1 < text.length() && (text.charAt(end + 1) == '+' || text.charAt(end + 1) == '-') ? end + 2 : end + 1;
            end = digits(text, exponent);
            if (end == exponent || end - exponent > MAX_EXPONENT_DIGITS) {
                return false;
            }
        }
        return end == text.length();
    }

    /** The index of the first non-digit at or after {@code from}. */
    private static int digits(String text, int from) {
        return digits(text, from, text.length());
    }

    /** The index of the first non-digit at or after {@code from}, or {@code stop}. */
    private static int digits(String text, int from, int stop) {
        int i = from;
        while (i < stop && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** A cursor over one line: {@code s} up to {@code end}. */
    private static final class Reader {
        private final String s;
        private final int end;
        private final int line;
        private int i;

        Reader(String s, int end, int line) {
            this.s = s;
            this.end = end;
            this.line = line;
        }

        Point point() throws LineError {
            skipSpaces();
            String measurement = escaped(MEASUREMENT_ESCAPES, ", ");
            if (measurement.isEmpty()) {
                throw syntax("no measurement (the counter name) before " + (atEnd() ? "the end of the line" : "'" + s.charAt(i) + "'"));
            }
            Map<String, String> tags = new LinkedHashMap<>();
            while (at(',')) {
                i++;
                tag(tags);
            }
            Tail tail = tail();
            return new Point(measurement, tags, tail.fields(), tail.timestamp());
        }

        /** The field set and timestamp, the cursor on the space that ends the tags. */
        Tail tail() throws LineError {
            if (!at(' ')) {
                throw syntax("no field set: a counter line is 'Counter,tag=value… value=N [timestamp]'");
            }
            skipSpaces();
            if (atEnd()) {
                throw syntax("no field set: a counter line is 'Counter,tag=value… value=N [timestamp]'");
            }
            List<Field> fields = new ArrayList<>(1);
            fields.add(field());
            while (at(',')) {
                i++;
                fields.add(field());
            }
            skipSpaces();
            Long timestamp = null;
            if (!atEnd()) {
                int start = i;
                while (!atEnd() && s.charAt(i) != ' ') {
                    i++;
                }
                timestamp = timestamp(start, i);
                skipSpaces();
                if (!atEnd()) {
                    throw syntax("unexpected \"" + RequestText.quoted(s.substring(i, end)) + "\" after the timestamp");
                }
            }
            return new Tail(fields, timestamp);
        }

        private void tag(Map<String, String> tags) throws LineError {
            String key = escaped(KEY_ESCAPES, ",= ");
            if (key.isEmpty()) {
                throw syntax("empty tag key (a comma must be followed by a tag, a comma in a name escaped as \\,)");
            }
            if (!at('=')) {
                throw syntax("tag " + RequestText.quoted(key) + " has no '=' and value");
            }
            i++;
            String value = escaped(KEY_ESCAPES, ",= ");
            if (at('=')) {
                throw syntax("'=' in the value of tag " + RequestText.quoted(key) + " must be escaped as \\=");
            }
            if (value.isEmpty()) {
                throw syntax("tag " + RequestText.quoted(key) + " has no value");
            }
            if (tags.putIfAbsent(key, value) != null) {
                throw syntax("tag " + RequestText.quoted(key) + " is given twice");
            }
        }

        private Field field() throws LineError {
            String key = escaped(KEY_ESCAPES, ",= ");
            if (key.isEmpty()) {
                throw syntax("empty field key (a counter line has one field: value=N)");
            }
            if (!at('=')) {
                throw syntax("field " + RequestText.quoted(key) + " has no '=' and value");
            }
            i++;
            if (at('"')) {
                return new Field(key, Type.STRING, quoted(key), Double.NaN);
            }
            int start = i;
            while (!atEnd() && s.charAt(i) != ',' && s.charAt(i) != ' ') {
                i++;
            }
            String text = s.substring(start, i);
            if (text.isEmpty()) {
                throw syntax("field " + RequestText.quoted(key) + " has no value");
            }
            return number(key, text);
        }

        private Field number(String key, String text) throws LineError {
            if (text.length() > MAX_NUMBER) {
                throw syntax("field " + RequestText.quoted(key) + " value has " + text.length()
                        + " characters: a number has at most " + MAX_NUMBER);
            }
            // the common case first: no other branch below takes a text that is a float
            if (isFloat(text)) {
                double d = Double.parseDouble(text);
                return new Field(key, Double.isFinite(d) ? Type.FLOAT : Type.NON_FINITE, text, d);
            }
            if (BOOLEANS.contains(text)) {
                return new Field(key, Type.BOOLEAN, text, Double.NaN);
            }
            if (NON_FINITE.matcher(text.toLowerCase(Locale.ROOT)).matches()) {
                return new Field(key, Type.NON_FINITE, text, Double.NaN);
            }
            char last = text.charAt(text.length() - 1);
            String digits = text.substring(0, text.length() - 1);
            if ((last == 'i' || last == 'u') && digits.length() > MAX_INTEGER) {
                throw syntax("field " + RequestText.quoted(key) + " value " + RequestText.quoted(text) + " is beyond a 64-bit "
                        + (last == 'u' ? "unsigned " : "") + "integer");
            }
            try {
                if (last == 'i' && isInteger(digits, true)) {
                    return new Field(key, Type.INTEGER, text, Long.parseLong(digits));
                }
                if (last == 'u' && isInteger(digits, false)) {
                    Long.parseUnsignedLong(digits);
                    return new Field(key, Type.UNSIGNED, text, Double.parseDouble(digits));
                }
            } catch (NumberFormatException e) {
                throw syntax("field " + RequestText.quoted(key) + " value " + RequestText.quoted(text) + " is beyond a 64-bit " + (last == 'u' ? "unsigned " : "")
                        + "integer");
            }
            throw syntax("field " + RequestText.quoted(key) + " value \"" + RequestText.quoted(text) + "\" is not a number"
                    + " (a float like 12.5 or 1.5e3, its exponent at most " + MAX_EXPONENT_DIGITS
                    + " digits, or an integer like 12i or 12u)");
        }

        /** The timestamp written from {@code start} to {@code stop}. */
        private Long timestamp(int start, int stop) throws LineError {
            if (stop - start > MAX_INTEGER) {
                throw syntax("timestamp has " + (stop - start) + " characters: a 64-bit integer has at most " + MAX_INTEGER);
            }
            if (!isInteger(s, start, stop, true)) {
                throw syntax("timestamp \"" + RequestText.quoted(s.substring(start, stop)) + "\" is not an integer");
            }
            try {
                return Long.parseLong(s, start, stop, 10);
            } catch (NumberFormatException e) {
                throw syntax("timestamp " + RequestText.quoted(s.substring(start, stop)) + " is beyond a 64-bit integer");
            }
        }

        /** A double-quoted string, the cursor on its opening quote; returns it unescaped. */
        private String quoted(String key) throws LineError {
            StringBuilder out = new StringBuilder();
            i++;
            while (!atEnd()) {
                char c = s.charAt(i);
                if (c == '"') {
                    i++;
                    return out.toString();
                }
                if (c == '\\' && i + 1 < end && (s.charAt(i + 1) == '"' || s.charAt(i + 1) == '\\')) {
                    c = s.charAt(++i);
                }
                out.append(c);
                i++;
            }
            throw syntax("the string value of field " + RequestText.quoted(key) + " has no closing quote");
        }

        /** Text up to the first unescaped stop character (or the end), unescaped. */
        private String escaped(String escapes, String stops) throws LineError {
            StringBuilder out = new StringBuilder();
            while (!atEnd()) {
                char c = s.charAt(i);
                if (c == '\\') {
                    if (i + 1 == end) {
                        throw syntax("unterminated escape: a backslash ends the line");
                    }
                    char next = s.charAt(i + 1);
                    if (next == '\\' || escapes.indexOf(next) >= 0) {
                        out.append(next);
                        i += 2;
                        continue;
                    }
                    out.append(c);
                    i++;
                    continue;
                }
                if (stops.indexOf(c) >= 0) {
                    break;
                }
                out.append(c);
                i++;
            }
            return out.toString();
        }

        private void skipSpaces() {
            while (at(' ')) {
                i++;
            }
        }

        private boolean at(char c) {
            return i < end && s.charAt(i) == c;
        }

        private boolean atEnd() {
            return i >= end;
        }

        private LineError syntax(String message) {
            return new LineError(line, LineError.Kind.SYNTAX, message);
        }
    }
}
