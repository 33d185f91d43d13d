package org.polymetric.counters.domain.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.polymetric.counters.domain.Counter;
import org.polymetric.counters.domain.Region;
import org.polymetric.counters.domain.Source;
import org.polymetric.counters.domain.line.LineError.Kind;

/** How a counter write body in InfluxDB line protocol becomes samples, or is refused whole. */
class LineProtocolTest {
    /** 1700000000 s after the epoch: the issue's example timestamp. */
    private static final Instant NOW = Instant.parse("2023-11-14T22:13:20Z");
    private static final String APPID = "5e1fb724-7139-4b96-aa67-9d4c37b27bb0";
    private static final String HASH = "0xc648c47f82c70b723f0225e12b8ce4f2";
    private static final String APP_TAGS = "appid=" + APPID + ",region=eu";
    private static final Source.App APP = Source.App.of(APPID, Region.EU);
    private static final Source.License LICENSE = new Source.License(HASH);

    private static List<Sample> parse(String body) throws LineError {
        return LineProtocol.parse(body, Precision.NS, NOW);
    }

    private static Sample one(String line) throws LineError {
        List<Sample> samples = parse(line);
        assertEquals(1, samples.size(), samples.toString());
        return samples.get(0);
    }

    /** The value of an app Ccu line with this field set. */
    private static double value(String fieldSet) throws LineError {
        return one("Ccu," + APP_TAGS + " " + fieldSet).value();
    }

    private static LineError refused(String body) {
        return assertThrows(LineError.class, () -> parse(body));
    }

    private static void assertRefused(Kind kind, int line, String message, String body) {
        LineError e = refused(body);
        assertEquals(kind, e.kind(), e.toString());
        assertEquals(line, e.line(), e.toString());
        assertEquals(message, e.getMessage());
    }

    private static void assertRefused(Kind kind, String body) {
        LineError e = refused(body);
        assertEquals(kind, e.kind(), e.toString());
        assertEquals(1, e.line(), e.toString());
    }

    @Nested
    class Accepted {
        @Test
        void theIssuesExample() throws LineError {
            assertEquals(new Sample(1, Counter.CCU, APP, NOW, 3748),
                    one("Ccu,appid=" + APPID + ",region=eu value=3748 1700000000000000000"));
        }

        @Test
        void anAppIsInThePublicCloudsDefaultClusterUnlessTheLineSaysOtherwise() throws LineError {
            assertEquals(APP, one("Rooms," + APP_TAGS + " value=12i").source());
            assertEquals(new Source.App(APPID, Region.US, "enterprise", "blue"),
                    one("Rooms,appid=" + APPID + ",region=us,cloud=enterprise,cluster=blue value=12i").source());
            assertEquals(new Source.App(APPID, Region.US, "public", "blue"),
                    one("Rooms,appid=" + APPID + ",region=us,cluster=blue value=12i").source());
        }

        @Test
        void licenseCountersTakeTheLicensesHash() throws LineError {
            assertEquals(new Sample(1, Counter.SERVERS, LICENSE, NOW, 3), one("Servers,hash=" + HASH + " value=3"));
            assertEquals(new Sample(1, Counter.LICENSE_CCU, LICENSE, NOW, 765), one("CCU,hash=" + HASH + " value=765i"));
        }

        @ParameterizedTest
        @EnumSource(Counter.class)
        void everyCounterOfTheSeed(Counter counter) throws LineError {
            String tags = counter.kind() == Counter.Kind.APP ? APP_TAGS : "hash=" + HASH;
            Sample s = one(counter.counterName() + "," + tags + " value=1");
            assertEquals(counter, s.counter());
            assertEquals(counter.kind(), s.source().kind());
        }

        @Test
        void tagsMayComeInAnyOrder() throws LineError {
            assertEquals(APP, one("Ccu,region=eu,cluster=default,appid=" + APPID + " value=1").source());
        }

        @Test
        void otherTagsAreIgnoredAsAgentsAddTheirOwn() throws LineError {
            assertEquals(APP, one("Ccu,host=photon-01," + APP_TAGS + ",datacenter=fra value=1").source());
            assertEquals(LICENSE, one("Servers,hash=" + HASH + ",host=photon-01 value=1").source());
        }

        @Test
        void linesComeOutInOrderWithTheirNumbers() throws LineError {
            List<Sample> samples = parse("Ccu," + APP_TAGS + " value=1\n"
                    + "Rooms," + APP_TAGS + " value=2\n"
                    + "Servers,hash=" + HASH + " value=3");
            assertEquals(List.of(new Sample(1, Counter.CCU, APP, NOW, 1), new Sample(2, Counter.ROOMS, APP, NOW, 2),
                    new Sample(3, Counter.SERVERS, LICENSE, NOW, 3)), samples);
        }

        @Test
        void linesOfTheSameSeriesEachKeepTheirOwnValueTimeAndNumber() throws LineError {
            long t = NOW.getEpochSecond() * 1_000_000_000L;
            List<Sample> samples = parse("Ccu," + APP_TAGS + " value=1 " + (t - 2_000_000_000L) + "\n"
                    + "Ccu," + APP_TAGS + " value=2i\n"
                    + "Ccu," + APP_TAGS + "  value=3 " + t + "\n");
            assertEquals(List.of(new Sample(1, Counter.CCU, APP, NOW.minusSeconds(2), 1), new Sample(2, Counter.CCU, APP, NOW, 2),
                    new Sample(3, Counter.CCU, APP, NOW, 3)), samples);
        }

        @Test
        void anEscapedSpaceOrBackslashInTheTagsNamesAnotherSeries() throws LineError {
            List<Sample> samples = parse("Ccu," + APP_TAGS + ",cluster=a\\ b value=1\n"
                    + "Ccu," + APP_TAGS + ",cluster=a\\ c value=2\n"
                    + "Ccu," + APP_TAGS + ",cluster=a\\\\ value=3\n"
                    + "Ccu," + APP_TAGS + ",cluster=a\\ b value=4\n");
            assertEquals(List.of("a b", "a c", "a\\", "a b"),
                    samples.stream().map(x -> ((Source.App) x.source()).cluster()).toList());
            assertEquals(List.of(1.0, 2.0, 3.0, 4.0), samples.stream().map(Sample::value).toList());
        }

        @Test
        void blankLinesAndCommentsAreSkippedButCounted() throws LineError {
            List<Sample> samples = parse("# Photon counters of photon-01\n"
                    + "\n"
                    + "Ccu," + APP_TAGS + " value=1\n"
                    + "   \n"
                    + "  # indented comment: value=oops\n"
                    + "\t\n"
                    + "Rooms," + APP_TAGS + " value=2\n");
            assertEquals(List.of(3, 7), samples.stream().map(Sample::line).toList());
        }

        @Test
        void crlfLineEndsAreTolerated() throws LineError {
            List<Sample> samples = parse("# from Windows\r\nCcu," + APP_TAGS + " value=1 1700000000000000000\r\n\r\n"
                    + "Rooms," + APP_TAGS + " value=2\r\n");
            assertEquals(2, samples.size());
            assertEquals(new Sample(2, Counter.CCU, APP, NOW, 1), samples.get(0));
            assertEquals(4, samples.get(1).line());
        }

        @Test
        void theLastLineNeedsNoLineBreak() throws LineError {
            assertEquals(2, parse("Ccu," + APP_TAGS + " value=1\nCcu," + APP_TAGS + " value=2").size());
            assertEquals(2, parse("Ccu," + APP_TAGS + " value=1\nCcu," + APP_TAGS + " value=2\n").size());
        }

        @Test
        void spacesAroundAndBetweenTheSectionsAreTolerated() throws LineError {
            assertEquals(new Sample(1, Counter.CCU, APP, NOW, 7),
                    one("  Ccu," + APP_TAGS + "   value=7    1700000000000000000   "));
        }

        @Test
        void aByteOrderMarkIsSkipped() throws LineError {
            assertEquals(Counter.CCU, one("\uFEFFCcu," + APP_TAGS + " value=1").counter());
        }

        @Test
        void aBodyWithoutPointsHasNoSamples() throws LineError {
            assertEquals(List.of(), parse(""));
            assertEquals(List.of(), parse(null));
            assertEquals(List.of(), parse("\n\n# nothing yet\r\n"));
        }
    }

    @Nested
    class Values {
        @ParameterizedTest(name = "value={0} → {1}")
        @CsvSource({
            "3748, 3748",
            "3748.37, 3748.37",
            "-1.5, -1.5",
            "0, 0",
            "-0, -0.0",
            "1e3, 1000",
            "1E3, 1000",
            "1.5e-2, 0.015",
            "2.5E+2, 250",
            ".5, 0.5",
            "5., 5",
            "1.7976931348623157e308, 1.7976931348623157e308",
            "1e-400, 0"})
        void floats(String text, double expected) throws LineError {
            assertEquals(expected, value("value=" + text));
        }

        @ParameterizedTest(name = "value={0} → {1}")
        @CsvSource({
            "12i, 12",
            "-12i, -12",
            "0i, 0",
            "9223372036854775807i, 9223372036854775807",
            "-9223372036854775808i, -9223372036854775808"})
        void integersWithI(String text, double expected) throws LineError {
            assertEquals(expected, value("value=" + text));
        }

        @ParameterizedTest(name = "value={0} → {1}")
        @CsvSource({
            "12u, 12",
            "0u, 0",
            "18446744073709551615u, 18446744073709551615"})
        void unsignedIntegersWithU(String text, double expected) throws LineError {
            assertEquals(expected, value("value=" + text));
        }

        @ParameterizedTest(name = "value={0}")
        @ValueSource(strings = {"t", "T", "true", "True", "TRUE", "f", "F", "false", "False", "FALSE"})
        void booleansAreRefused(String text) {
            assertRefused(Kind.FIELD_TYPE, 1, "value " + text + " is a boolean: counters are numbers "
                    + "(a float like 12.5, or an integer like 12i)", "Ccu," + APP_TAGS + " value=" + text);
        }

        @ParameterizedTest(name = "value={0}")
        @ValueSource(strings = {"\"3748\"", "\"\"", "\"a b,c=d\"", "\"say \\\"hi\\\"\"", "\"back\\\\slash\" 1700000000000000000"})
        void stringsAreRefusedWhateverTheyHold(String text) {
            assertRefused(Kind.FIELD_TYPE, 1, "value is a string: counters are numbers "
                    + "(a float like 12.5, or an integer like 12i)", "Ccu," + APP_TAGS + " value=" + text);
        }

        @ParameterizedTest(name = "value={0}")
        @ValueSource(strings = {"NaN", "nan", "NAN", "-NaN", "Inf", "inf", "+Inf", "-Inf", "Infinity", "-infinity",
            "+INFINITY", "1e400", "-1e999", "1.8e308"})
        void nonFiniteValuesAreRefused(String text) {
            assertRefused(Kind.NON_FINITE, 1, "value " + text + " is not a finite number",
                    "Ccu," + APP_TAGS + " value=" + text);
        }

        @ParameterizedTest(name = "value={0}")
        @ValueSource(strings = {"abc", "1.2.3", "12ii", "1.5i", "1e3i", "-1u", "1.5u", "12x", "+1", "0x10", "1e", "e3",
            "1_000", "1d", "1f", "--1", "-", ".", "i", "u", "12 i", "1\\,5", "yes"})
        void anythingElseIsABadNumber(String text) {
            LineError e = refused("Ccu," + APP_TAGS + " value=" + text);
            assertEquals(Kind.SYNTAX, e.kind(), e.toString());
        }

        @Test
        void aBadNumberSaysWhatANumberLooksLike() {
            assertRefused(Kind.SYNTAX, 1, "field value value \"abc\" is not a number (a float like 12.5 or 1.5e3, its"
                    + " exponent at most 3 digits, or an integer like 12i or 12u)", "Ccu," + APP_TAGS + " value=abc");
        }

        @ParameterizedTest(name = "value={0}")
        @ValueSource(strings = {"1e9999", "1e99999999", "1e-99999999", "-1.5E+1000", ".5e0000"})
        void anExponentOfMoreThanThreeDigitsIsABadNumber(String text) {
            LineError e = refused("Ccu," + APP_TAGS + " value=" + text);
            assertEquals(Kind.SYNTAX, e.kind(), e.toString());
            assertTrue(e.getMessage().contains("exponent at most 3 digits"), e.getMessage());
        }

        @Test
        void aFloatOfAtMost400CharactersIsRead() throws LineError {
            String longest = "1" + "0".repeat(300) + "." + "0".repeat(98);
            assertEquals(400, longest.length());
            assertEquals(1e300, value("value=" + longest));
            LineError e = refused("Ccu," + APP_TAGS + " value=" + longest + "5");
            assertEquals(Kind.SYNTAX, e.kind());
            assertEquals("field value value has 401 characters: a number has at most 400", e.getMessage());
        }

        @Test
        void aHundredThousandDigitsAreRefusedByTheirLengthAndNotEchoed() {
            for (String text : List.of("1".repeat(100_000), "0." + "0".repeat(100_000) + "1", "9".repeat(100_000) + "i")) {
                LineError e = refused("Ccu," + APP_TAGS + " value=" + text);
                assertEquals(Kind.SYNTAX, e.kind());
                assertTrue(e.getMessage().length() < 200, e.getMessage());
            }
        }

        @Test
        void anIntegerOfMoreThanTwentyDigitsIsBeyondALong() {
            LineError e = refused("Ccu," + APP_TAGS + " value=" + "0".repeat(21) + "i");
            assertEquals("field value value 000000000000000000000i is beyond a 64-bit integer", e.getMessage());
        }

        @Test
        void integersBeyond64BitsAreBadNumbers() {
            assertRefused(Kind.SYNTAX, 1, "field value value 9223372036854775808i is beyond a 64-bit integer",
                    "Ccu," + APP_TAGS + " value=9223372036854775808i");
            assertRefused(Kind.SYNTAX, 1, "field value value 18446744073709551616u is beyond a 64-bit unsigned integer",
                    "Ccu," + APP_TAGS + " value=18446744073709551616u");
        }

        @Test
        void aFieldWithoutValueIsASyntaxError() {
            assertRefused(Kind.SYNTAX, 1, "field value has no value", "Ccu," + APP_TAGS + " value=");
            assertRefused(Kind.SYNTAX, 1, "field value has no value", "Ccu," + APP_TAGS + " value= 1700000000000000000");
        }

        @Test
        void anUnterminatedStringIsASyntaxError() {
            assertRefused(Kind.SYNTAX, 1, "the string value of field value has no closing quote",
                    "Ccu," + APP_TAGS + " value=\"3748");
            assertRefused(Kind.SYNTAX, 1, "the string value of field value has no closing quote",
                    "Ccu," + APP_TAGS + " value=\"3748\\\"");
        }
    }

    @Nested
    class Fields {
        @Test
        void aFieldOtherThanValueIsUnknown() {
            assertRefused(Kind.UNKNOWN_FIELD, 1, "unknown field \"count\": a counter line has one field, value",
                    "Ccu," + APP_TAGS + " count=1");
        }

        @Test
        void fieldKeysAreCaseSensitive() {
            assertRefused(Kind.UNKNOWN_FIELD, 1, "unknown field \"Value\": a counter line has one field, value",
                    "Ccu," + APP_TAGS + " Value=1");
        }

        @Test
        void anExtraFieldIsRefused() {
            assertRefused(Kind.UNKNOWN_FIELD, 1, "unknown field \"peak\": a counter line has one field, value",
                    "Ccu," + APP_TAGS + " value=1,peak=2");
            assertRefused(Kind.UNKNOWN_FIELD, 1, "unknown field \"peak\": a counter line has one field, value",
                    "Ccu," + APP_TAGS + " peak=2,value=1");
        }

        @Test
        void anExtraStringFieldIsReadToItsEndAndRefusedByName() {
            assertRefused(Kind.UNKNOWN_FIELD, 1, "unknown field \"note\": a counter line has one field, value",
                    "Ccu," + APP_TAGS + " value=1,note=\"a b, c=d\" 1700000000000000000");
        }

        @Test
        void valueTwiceIsRefused() {
            assertRefused(Kind.UNKNOWN_FIELD, 1, "field value is given twice", "Ccu," + APP_TAGS + " value=1,value=2");
        }

        @Test
        void aFieldWithoutEqualsSignIsASyntaxError() {
            assertRefused(Kind.SYNTAX, 1, "field value has no '=' and value", "Ccu," + APP_TAGS + " value");
            assertRefused(Kind.SYNTAX, 1, "field value has no '=' and value", "Ccu," + APP_TAGS + " value 1");
        }

        @Test
        void anEmptyFieldKeyIsASyntaxError() {
            assertRefused(Kind.SYNTAX, 1, "empty field key (a counter line has one field: value=N)",
                    "Ccu," + APP_TAGS + " =1");
            assertRefused(Kind.SYNTAX, 1, "empty field key (a counter line has one field: value=N)",
                    "Ccu," + APP_TAGS + " value=1,");
            assertRefused(Kind.SYNTAX, 1, "empty field key (a counter line has one field: value=N)",
                    "Ccu," + APP_TAGS + " value=1, peak=2");
        }
    }

    @Nested
    class Escaping {
        @Test
        void aMeasurementEscapesCommasAndSpaces() {
            assertRefused(Kind.UNKNOWN_COUNTER, "Cc\\ u," + APP_TAGS + " value=1");
            assertTrue(refused("Cc\\ u," + APP_TAGS + " value=1").getMessage().startsWith("unknown counter \"Cc u\""));
            assertTrue(refused("Ccu\\,x," + APP_TAGS + " value=1").getMessage().startsWith("unknown counter \"Ccu,x\""));
        }

        @Test
        void anEscapedSpaceDoesNotEndTheMeasurement() {
            assertTrue(refused("Ccu\\ value=1").getMessage().startsWith("no field set"));
        }

        @Test
        void inAMeasurementAnEqualsSignIsNotEscapedAndTheBackslashStays() {
            assertTrue(refused("C\\=cu," + APP_TAGS + " value=1").getMessage().startsWith("unknown counter \"C\\=cu\""));
        }

        @Test
        void aDoubleBackslashIsOneBackslash() {
            assertTrue(refused("Cc\\\\u," + APP_TAGS + " value=1").getMessage().startsWith("unknown counter \"Cc\\u\""));
        }

        @Test
        void aBackslashBeforeAnOrdinaryCharacterStays() {
            assertTrue(refused("Ccu\\x," + APP_TAGS + " value=1").getMessage().startsWith("unknown counter \"Ccu\\x\""));
        }

        @ParameterizedTest(name = "cluster={0} → {1}")
        @CsvSource(delimiter = '|', value = {
            "my\\ cluster | my cluster",
            "a\\,b | a,b",
            "a\\=b | a=b",
            "a\\\\b | a\\b",
            "a\\b | a\\b",
            "'\\ lead\\ and\\ trail\\ ' | ' lead and trail '"})
        void tagValuesEscapeCommasEqualsSignsAndSpaces(String written, String read) throws LineError {
            Source.App app = (Source.App) one("Ccu," + APP_TAGS + ",cluster=" + written + " value=1").source();
            assertEquals(read, app.cluster());
        }

        @Test
        void anEscapedValueWithEverySpecialCharacter() throws LineError {
            Source.App app = (Source.App) one("Ccu," + APP_TAGS + ",cloud=a\\ b\\,c\\=d\\\\e value=1").source();
            assertEquals("a b,c=d\\e", app.cloud());
        }

        @Test
        void anAppidMayHoldEscapedCharacters() throws LineError {
            Source.App app = (Source.App) one("Ccu,appid=my\\ game\\,1,region=eu value=1").source();
            assertEquals("my game,1", app.appid());
        }

        @Test
        void tagKeysEscapeCommasEqualsSignsAndSpaces() {
            // the escaped keys are other keys: ignored, so region is missing
            assertRefused(Kind.MISSING_TAG, "Ccu,appid=" + APPID + ",re\\=gion=eu value=1");
            assertRefused(Kind.MISSING_TAG, "Ccu,appid=" + APPID + ",re\\ gion=eu value=1");
            assertRefused(Kind.MISSING_TAG, "Ccu,appid=" + APPID + ",re\\,gion=eu value=1");
            assertRefused(Kind.MISSING_TAG, "Ccu,app\\id=" + APPID + ",region=eu value=1");
        }

        @Test
        void fieldKeysEscapeCommasEqualsSignsAndSpaces() {
            assertTrue(refused("Ccu," + APP_TAGS + " val\\ ue=1").getMessage().startsWith("unknown field \"val ue\""));
            assertTrue(refused("Ccu," + APP_TAGS + " value\\=x=1").getMessage().startsWith("unknown field \"value=x\""));
            assertTrue(refused("Ccu," + APP_TAGS + " val\\,ue=1").getMessage().startsWith("unknown field \"val,ue\""));
        }

        @Test
        void anUnescapedEqualsSignInATagValueIsASyntaxError() {
            assertRefused(Kind.SYNTAX, 1, "'=' in the value of tag cluster must be escaped as \\=",
                    "Ccu," + APP_TAGS + ",cluster=a=b value=1");
        }

        @Test
        void aBackslashEndingTheLineIsAnUnterminatedEscape() {
            String message = "unterminated escape: a backslash ends the line";
            assertRefused(Kind.SYNTAX, 1, message, "Ccu\\");
            assertRefused(Kind.SYNTAX, 1, message, "Ccu,appid\\");
            assertRefused(Kind.SYNTAX, 1, message, "Ccu,appid=abc\\");
            assertRefused(Kind.SYNTAX, 1, message, "Ccu," + APP_TAGS + " value=1,val\\");
            assertRefused(Kind.SYNTAX, 1, message, "Ccu,appid=abc\\\r\n");
        }
    }

    @Nested
    class Syntax {
        @Test
        void aLineWithoutFieldSet() {
            String message = "no field set: a counter line is 'Counter,tag=value… value=N [timestamp]'";
            assertRefused(Kind.SYNTAX, 1, message, "Ccu," + APP_TAGS);
            assertRefused(Kind.SYNTAX, 1, message, "Ccu," + APP_TAGS + "    ");
            assertRefused(Kind.SYNTAX, 1, message, "Ccu");
        }

        @Test
        void aLineWithoutMeasurement() {
            assertRefused(Kind.SYNTAX, 1, "no measurement (the counter name) before ','", "," + APP_TAGS + " value=1");
        }

        @Test
        void aTagWithoutEqualsSign() {
            assertRefused(Kind.SYNTAX, 1, "tag appid has no '=' and value", "Ccu,appid value=1");
            assertRefused(Kind.SYNTAX, 1, "tag appid has no '=' and value", "Ccu,appid,region=eu value=1");
        }

        @Test
        void aTagWithoutValue() {
            assertRefused(Kind.SYNTAX, 1, "tag appid has no value", "Ccu,appid=,region=eu value=1");
        }

        @Test
        void anEmptyTagKey() {
            String message = "empty tag key (a comma must be followed by a tag, a comma in a name escaped as \\,)";
            assertRefused(Kind.SYNTAX, 1, message, "Ccu,=x," + APP_TAGS + " value=1");
            assertRefused(Kind.SYNTAX, 1, message, "Ccu," + APP_TAGS + ", value=1");
            assertRefused(Kind.SYNTAX, 1, message, "Ccu, " + APP_TAGS + " value=1");
            assertRefused(Kind.SYNTAX, 1, message, "Ccu,," + APP_TAGS + " value=1");
        }

        @Test
        void aTagGivenTwice() {
            assertRefused(Kind.SYNTAX, 1, "tag region is given twice", "Ccu," + APP_TAGS + ",region=us value=1");
        }

        @ParameterizedTest(name = "timestamp {0}")
        @ValueSource(strings = {"abc", "1.7e18", "1700000000.5", "+1700000000", "1700000000000000000i", "0x1"})
        void aTimestampThatIsNotAnInteger(String timestamp) {
            assertRefused(Kind.SYNTAX, 1, "timestamp \"" + timestamp + "\" is not an integer",
                    "Ccu," + APP_TAGS + " value=1 " + timestamp);
        }

        @Test
        void aTimestampOfMoreThanTwentyCharactersIsRefusedByItsLength() {
            assertRefused(Kind.SYNTAX, 1, "timestamp has 100000 characters: a 64-bit integer has at most 20",
                    "Ccu," + APP_TAGS + " value=1 " + "1".repeat(100_000));
        }

        @Test
        void aTimestampBeyond64Bits() {
            assertRefused(Kind.SYNTAX, 1, "timestamp 17000000000000000000 is beyond a 64-bit integer",
                    "Ccu," + APP_TAGS + " value=1 17000000000000000000");
        }

        @Test
        void textAfterTheTimestamp() {
            assertRefused(Kind.SYNTAX, 1, "unexpected \"extra\" after the timestamp",
                    "Ccu," + APP_TAGS + " value=1 1700000000000000000 extra");
        }

        @Test
        void aTabIsNoSeparator() {
            assertRefused(Kind.SYNTAX, "Ccu," + APP_TAGS + " value=1\t1700000000000000000");
        }

        @Test
        void tagValuesHaveALength() throws LineError {
            String longest = "c".repeat(LineProtocol.MAX_TAG_LENGTH);
            assertEquals(longest, ((Source.App) one("Ccu," + APP_TAGS + ",cluster=" + longest + " value=1").source())
                    .cluster());
            assertRefused(Kind.SYNTAX, 1, "tag cluster is longer than 128 characters",
                    "Ccu," + APP_TAGS + ",cluster=" + longest + "c value=1");
            assertRefused(Kind.SYNTAX, 1, "tag hash is longer than 128 characters",
                    "Servers,hash=" + "h".repeat(129) + " value=1");
        }
    }

    @Nested
    class CountersAndTags {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Users", "ccu", "rooms", "ROOMS", "servers", "Traffic", "MessagesPerCCU", "value"})
        void anUnknownCounterIsRefused(String measurement) {
            assertRefused(Kind.UNKNOWN_COUNTER, 1, "unknown counter \"" + measurement + "\": app counters are "
                    + "TrafficMultiplayer, TrafficChat, Rooms, Channels, Messages, Ccu, Rejects, DisconnectRate, "
                    + "MessagesPerRoom, MessagesPerChannel, MessagesPerCcu; license counters are Servers, CCU",
                    measurement + "," + APP_TAGS + " value=1");
        }

        @Test
        void anAppCounterWithoutAppid() {
            assertRefused(Kind.MISSING_TAG, 1, "Ccu is an app counter: tag appid (the app's id) is missing",
                    "Ccu,region=eu value=1");
        }

        @Test
        void aLicenseCounterWithoutHash() {
            assertRefused(Kind.MISSING_TAG, 1, "Servers is a license counter: tag hash (the license's hash) is missing",
                    "Servers value=1");
            assertRefused(Kind.MISSING_TAG, 1, "CCU is a license counter: tag hash (the license's hash) is missing",
                    "CCU,host=photon-01 value=1");
        }

        @Test
        void anAppCounterWithoutRegion() {
            assertRefused(Kind.MISSING_TAG, 1, "Rooms is an app counter: tag region is missing",
                    "Rooms,appid=" + APPID + ",cluster=blue value=1");
        }

        @Test
        void bothAppidAndHash() {
            String message = "both appid and hash: an app counter takes appid, a license counter hash";
            assertRefused(Kind.BOTH_KEYS, 1, message, "Ccu," + APP_TAGS + ",hash=" + HASH + " value=1");
            assertRefused(Kind.BOTH_KEYS, 1, message, "CCU,hash=" + HASH + ",appid=" + APPID + " value=1");
        }

        @Test
        void aLicenseCounterWithAppid() {
            assertRefused(Kind.WRONG_KIND, 1, "Servers is a license counter: it takes hash, not appid",
                    "Servers," + APP_TAGS + " value=1");
            assertRefused(Kind.WRONG_KIND, 1, "CCU is a license counter: it takes hash, not appid (the app counter is Ccu)",
                    "CCU," + APP_TAGS + " value=1");
        }

        @Test
        void anAppCounterWithHash() {
            assertRefused(Kind.WRONG_KIND, 1, "Ccu is an app counter: it takes appid, not hash (the license counter is CCU)",
                    "Ccu,hash=" + HASH + " value=1");
            assertRefused(Kind.WRONG_KIND, 1, "Rooms is an app counter: it takes appid, not hash",
                    "Rooms,hash=" + HASH + " value=1");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"region=eu", "cloud=public", "cluster=default"})
        void aLicenseCounterWithAnAppsTag(String tag) {
            assertRefused(Kind.WRONG_KIND, 1, "Servers is a license counter: tag " + tag.substring(0, tag.indexOf('='))
                    + " belongs to app counters", "Servers,hash=" + HASH + "," + tag + " value=1");
        }

        @ParameterizedTest(name = "region={0}")
        @ValueSource(strings = {"EU", "Eu", "europe", "us-west", "global", "xx"})
        void anUnknownRegionIsRefused(String token) {
            assertRefused(Kind.UNKNOWN_REGION, 1, "unknown region \"" + token
                    + "\": regions are asia, au, cae, cn, eu, in, jp, ru, rue, za, sa, kr, us, usw",
                    "Ccu,appid=" + APPID + ",region=" + token + " value=1");
        }

        @ParameterizedTest
        @EnumSource(Region.class)
        void everyRegionOfPhoton(Region region) throws LineError {
            assertEquals(Source.App.of(APPID, region),
                    one("Ccu,appid=" + APPID + ",region=" + region.token() + " value=1").source());
        }
    }

    @Nested
    class Timestamps {
        @Test
        void withoutTimestampASampleIsNow() throws LineError {
            assertEquals(NOW, one("Ccu," + APP_TAGS + " value=1").at());
        }

        @Test
        void nanosecondsByDefault() throws LineError {
            assertEquals(Instant.parse("2023-11-14T22:13:19.123456789Z"),
                    one("Ccu," + APP_TAGS + " value=1 1699999999123456789").at());
        }

        @ParameterizedTest(name = "{0} in {1}")
        @CsvSource({"1699999000, S", "1699999000000, MS", "1699999000000000000, NS"})
        void eachPrecisionReadsItsUnit(long timestamp, Precision precision) throws LineError {
            List<Sample> samples = LineProtocol.parse("Ccu," + APP_TAGS + " value=1 " + timestamp, precision, NOW);
            assertEquals(Instant.parse("2023-11-14T21:56:40Z"), samples.get(0).at());
        }

        @Test
        void secondsSentAsNanosecondsAre1970() {
            assertRefused(Kind.TIMESTAMP_OUT_OF_RANGE, 1, "timestamp 1700000000 in ns is 1970-01-01T00:00:01.700Z, "
                    + "before 2000-01-01T00:00:00Z: is precision=ns right?", "Ccu," + APP_TAGS + " value=1 1700000000");
        }

        @Test
        void nanosecondsSentAsSecondsAreBeyondAnyDate() {
            LineError e = assertThrows(LineError.class, () -> LineProtocol.parse(
                    "Ccu," + APP_TAGS + " value=1 1700000000000000000", Precision.S, NOW));
            assertEquals(Kind.TIMESTAMP_OUT_OF_RANGE, e.kind());
            assertEquals("timestamp 1700000000000000000 in s is beyond any date: is precision=s right?", e.getMessage());
        }

        @Test
        void millisecondsSentAsSecondsAreFarAhead() {
            LineError e = assertThrows(LineError.class, () -> LineProtocol.parse(
                    "Ccu," + APP_TAGS + " value=1 1700000000000", Precision.S, NOW));
            assertEquals(Kind.TIMESTAMP_OUT_OF_RANGE, e.kind());
            assertTrue(e.getMessage().endsWith(", more than 10 minutes after now (2023-11-14T22:13:20Z): "
                    + "is precision=s right?"), e.getMessage());
        }

        @Test
        void negativeTimestampsAreBefore2000() {
            assertRefused(Kind.TIMESTAMP_OUT_OF_RANGE, "Ccu," + APP_TAGS + " value=1 -1");
        }

        @Test
        void theEarliestTimestampIs2000() throws LineError {
            long first = LineProtocol.EARLIEST.getEpochSecond() * 1_000_000_000L;
            assertEquals(LineProtocol.EARLIEST, one("Ccu," + APP_TAGS + " value=1 " + first).at());
            assertRefused(Kind.TIMESTAMP_OUT_OF_RANGE, "Ccu," + APP_TAGS + " value=1 " + (first - 1));
        }

        @Test
        void clocksMayRunTenMinutesAhead() throws LineError {
            long latest = NOW.plus(LineProtocol.AHEAD).getEpochSecond() * 1_000_000_000L;
            assertEquals(NOW.plusSeconds(600), one("Ccu," + APP_TAGS + " value=1 " + latest).at());
            assertRefused(Kind.TIMESTAMP_OUT_OF_RANGE, 1, "timestamp " + (latest + 1) + " in ns is "
                    + "2023-11-14T22:23:20.000000001Z, more than 10 minutes after now (2023-11-14T22:13:20Z): "
                    + "is precision=ns right?", "Ccu," + APP_TAGS + " value=1 " + (latest + 1));
        }

        @Test
        void thePastIsFine() throws LineError {
            assertEquals(Instant.parse("2017-06-29T09:00:00Z"),
                    LineProtocol.parse("Ccu," + APP_TAGS + " value=1 1498726800", Precision.S, NOW).get(0).at());
        }
    }

    @Nested
    class AllOrNothing {
        private String lines(int n) {
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < n; i++) {
                body.append("Ccu,").append(APP_TAGS).append(" value=").append(i).append('\n');
            }
            return body.toString();
        }

        @Test
        void aLineRepeatingAnEarlierSeriesIsStillCheckedWhole() {
            String good = "Ccu," + APP_TAGS + " value=1\n";
            assertRefused(Kind.FIELD_TYPE, 2, "value is a string: counters are numbers (a float like 12.5, or an integer like 12i)",
                    good + "Ccu," + APP_TAGS + " value=\"1\"\n");
            assertRefused(Kind.NON_FINITE, 3, "value NaN is not a finite number", good + good + "Ccu," + APP_TAGS + " value=NaN\n");
            assertEquals(Kind.TIMESTAMP_OUT_OF_RANGE, refused(good + "Ccu," + APP_TAGS + " value=1 1700000000\n").kind());
            assertEquals(Kind.UNKNOWN_FIELD, refused(good + "Ccu," + APP_TAGS + " value=1,rooms=2\n").kind());
            assertEquals(Kind.SYNTAX, refused(good + "Ccu," + APP_TAGS + " value=1 12 13\n").kind());
        }

        @Test
        void tenThousandLinesAreAccepted() throws LineError {
            List<Sample> samples = parse(lines(LineProtocol.MAX_LINES));
            assertEquals(10_000, samples.size());
            assertEquals(9_999, samples.get(9_999).value());
            assertEquals(10_000, samples.get(9_999).line());
        }

        @Test
        void theLineAfterTenThousandIsTooMany() {
            assertRefused(Kind.TOO_MANY_LINES, 10_001, "more than 10000 lines in one request: send at most 10000 at a time",
                    lines(LineProtocol.MAX_LINES + 1));
        }

        @Test
        void blankAndCommentLinesDoNotCountTowardsTheLimitButNumberTheLines() throws LineError {
            String body = "# agent v1\n\n" + lines(LineProtocol.MAX_LINES) + "# end\n";
            assertEquals(10_000, parse(body).size());
            // comment, blank, 10 000 points (lines 3 to 10 002), comment, then the point too many
            assertEquals(10_004, refused(body + "Ccu," + APP_TAGS + " value=1").line());
        }

        @Test
        void tooManyIsNamedEvenWhenTheExtraLineIsBroken() {
            assertRefused(Kind.TOO_MANY_LINES, 10_001, "more than 10000 lines in one request: send at most 10000 at a time",
                    lines(LineProtocol.MAX_LINES) + "garbage");
        }

        @Test
        void oneBadLineRefusesTheWholeRequestWithItsNumber() {
            assertRefused(Kind.NON_FINITE, 3, "value NaN is not a finite number", "Ccu," + APP_TAGS + " value=1\n"
                    + "# comment\n"
                    + "Ccu," + APP_TAGS + " value=NaN\n"
                    + "Ccu," + APP_TAGS + " value=3\n");
        }

        @Test
        void theFirstErrorWins() {
            assertRefused(Kind.UNKNOWN_REGION, 2, "unknown region \"mars\": regions are asia, au, cae, cn, eu, in, jp, ru, "
                    + "rue, za, sa, kr, us, usw", "Ccu," + APP_TAGS + " value=1\n"
                    + "Ccu,appid=" + APPID + ",region=mars value=2\n"
                    + "Users," + APP_TAGS + " value=3\n"
                    + "Ccu," + APP_TAGS + " value=abc\n");
        }

        @Test
        void anEarlierErrorWinsOverTooManyLines() {
            assertEquals(5, refused(lines(4) + "Ccu," + APP_TAGS + " value=true\n" + lines(LineProtocol.MAX_LINES)).line());
        }

        @Test
        void anErrorOnTheLastLineAfterCrlfLinesIsNumberedRight() {
            assertEquals(4, refused("Ccu," + APP_TAGS + " value=1\r\n\r\n# x\r\nCcu value=1\r\n").line());
        }
    }

    @Nested
    class OrderOfChecksWithinALine {
        @Test
        void syntaxComesFirst() {
            assertRefused(Kind.SYNTAX, "Users,region=mars value=abc");
            assertRefused(Kind.SYNTAX, "Users,region=mars value=1 soon");
        }

        @Test
        void thenTheCounter() {
            assertRefused(Kind.UNKNOWN_COUNTER, "Users,region=mars count=NaN");
        }

        @Test
        void thenTheField() {
            assertRefused(Kind.UNKNOWN_FIELD, "Ccu,region=mars count=1");
            assertRefused(Kind.NON_FINITE, "Ccu,region=mars value=NaN");
            assertRefused(Kind.FIELD_TYPE, "Ccu,hash=" + HASH + " value=true");
        }

        @Test
        void thenTheTags() {
            assertRefused(Kind.UNKNOWN_REGION, "Ccu,appid=" + APPID + ",region=mars value=1 1");
            assertRefused(Kind.WRONG_KIND, "Servers,appid=" + APPID + " value=1 1");
        }

        @Test
        void theTimestampLast() {
            assertRefused(Kind.TIMESTAMP_OUT_OF_RANGE, "Ccu," + APP_TAGS + " value=1 1");
        }
    }

    @Test
    void anErrorReadsAsItsLineAndMessage() {
        assertEquals("line 1: value NaN is not a finite number (NON_FINITE)",
                refused("Ccu," + APP_TAGS + " value=NaN").toString());
    }
}
