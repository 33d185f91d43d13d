package org.polymetric.events.ingest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Countly's checksum: uppercase hex SHA-1 ({@code checksum}) or SHA-256 ({@code checksum256}) of
 * the query string or raw body without the checksum parameter, followed by the app's salt.
 */
class ChecksumTest {
    private static final String SALT = "s3cr3t-salt";
    private static final App SIGNED = new App(1, 1, ZoneOffset.UTC, SALT, true, true);
    private static final App UNSIGNED = new App(2, 1, ZoneOffset.UTC, SALT, true, false);
    private static final String PAYLOAD = "app_key=AAA&device_id=BBB&begin_session=1&timestamp=1778670000"
            + "&metrics=%7B%22_os%22%3A%22Android%22%7D";

    private static String hex(String algorithm, String text) throws Exception {
        byte[] digest = MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
        StringBuilder out = new StringBuilder();
        for (byte b : digest) {
            out.append(String.format("%02X", b & 0xff));
        }
        return out.toString();
    }

    private static String sha1(String text) throws Exception {
        return hex("SHA-1", text);
    }

    private static String sha256(String text) throws Exception {
        return hex("SHA-256", text);
    }

    private static Refusal refused(App app, String payload, String sha1, String sha256) {
        return assertThrows(Refusal.class, () -> Checksum.check(app, payload, sha1, sha256));
    }

    @Test
    void digestsAreUppercaseHex() {
        // FIPS 180 test vectors for "abc"
        assertEquals("A9993E364706816ABA3E25717850C26C9CD0D89D", Checksum.hex("SHA-1", "abc"));
        assertEquals("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD",
                Checksum.hex("SHA-256", "abc"));
    }

    @Test
    void aSha1OfPayloadAndSaltIsAccepted() throws Exception {
        String sum = sha1(PAYLOAD + SALT);
        assertDoesNotThrow(() -> Checksum.check(SIGNED, PAYLOAD + "&checksum=" + sum, sum, null));
    }

    @Test
    void aSha256OfPayloadAndSaltIsAccepted() throws Exception {
        String sum = sha256(PAYLOAD + SALT);
        assertDoesNotThrow(() -> Checksum.check(SIGNED, PAYLOAD + "&checksum256=" + sum, null, sum));
    }

    @Test
    void lowerCaseHexIsAcceptedToo() throws Exception {
        String sum1 = sha1(PAYLOAD + SALT).toLowerCase(Locale.ROOT);
        String sum256 = sha256(PAYLOAD + SALT).toLowerCase(Locale.ROOT);
        assertDoesNotThrow(() -> Checksum.check(SIGNED, PAYLOAD + "&checksum=" + sum1, sum1, null));
        assertDoesNotThrow(() -> Checksum.check(SIGNED, PAYLOAD + "&checksum256=" + sum256, null, sum256));
    }

    @Test
    void theChecksumParameterIsTakenOutWhereverItStands() throws Exception {
        String signed = "app_key=AAA&device_id=BBB&end_session=1";
        String sum = sha1(signed + SALT);
        for (String payload : new String[]{
            "checksum=" + sum + "&app_key=AAA&device_id=BBB&end_session=1",
            "app_key=AAA&checksum=" + sum + "&device_id=BBB&end_session=1",
            "app_key=AAA&device_id=BBB&end_session=1&checksum=" + sum}) {
            assertEquals(signed, Checksum.strip(payload), payload);
            assertDoesNotThrow(() -> Checksum.check(SIGNED, payload, sum, null), payload);
        }
    }

    @Test
    void checksum256IsTakenOutLikeChecksum() throws Exception {
        String signed = "app_key=AAA&device_id=BBB&end_session=1";
        String sum = sha256(signed + SALT);
        String payload = "app_key=AAA&checksum256=" + sum + "&device_id=BBB&end_session=1";
        assertEquals(signed, Checksum.strip(payload));
        assertDoesNotThrow(() -> Checksum.check(SIGNED, payload, null, sum));
    }

    @Test
    void aParameterWhoseNameEndsInChecksumStaysSigned() {
        assertEquals("app_key=AAA&old_checksum=1&device_id=BBB",
                Checksum.strip("app_key=AAA&old_checksum=1&device_id=BBB&checksum=ABC"));
        assertEquals("xchecksum256=2&device_id=BBB", Checksum.strip("checksum256=ABC&xchecksum256=2&device_id=BBB"));
    }

    @Test
    void aPayloadWithoutChecksumIsUnchanged() {
        assertEquals(PAYLOAD, Checksum.strip(PAYLOAD));
        assertEquals("", Checksum.strip(""));
    }

    @Test
    void aMissingChecksumIsRefusedWith200() {
        Refusal r = refused(SIGNED, PAYLOAD, null, null);
        assertEquals(200, r.status());
        assertEquals("Request does not have checksum", r.result());
        assertEquals("Request does not have checksum", refused(SIGNED, PAYLOAD, "", "").result());
    }

    @Test
    void aWrongChecksumIsRefusedWith200() throws Exception {
        String other = sha1(PAYLOAD + "another-salt");
        Refusal r = refused(SIGNED, PAYLOAD + "&checksum=" + other, other, null);
        assertEquals(200, r.status());
        assertEquals("Request does not match checksum", r.result());
    }

    @Test
    void aChangedParameterNoLongerMatches() throws Exception {
        String sum = sha1(PAYLOAD + SALT);
        String tampered = PAYLOAD.replace("device_id=BBB", "device_id=CCC") + "&checksum=" + sum;
        assertEquals("Request does not match checksum", refused(SIGNED, tampered, sum, null).result());
    }

    @Test
    void theSaltGoesAfterThePayload() throws Exception {
        String before = sha1(SALT + PAYLOAD);
        assertEquals("Request does not match checksum",
                refused(SIGNED, PAYLOAD + "&checksum=" + before, before, null).result());
    }

    @Test
    void aSha256SentAsChecksumDoesNotMatch() throws Exception {
        String sum = sha256(PAYLOAD + SALT);
        assertEquals("Request does not match checksum",
                refused(SIGNED, PAYLOAD + "&checksum=" + sum, sum, null).result());
    }

    @Test
    void anAppWithoutChecksumRequirementChecksNothing() {
        assertDoesNotThrow(() -> Checksum.check(UNSIGNED, PAYLOAD, null, null));
        assertDoesNotThrow(() -> Checksum.check(UNSIGNED, PAYLOAD + "&checksum=WRONG", "WRONG", null));
        assertDoesNotThrow(() -> Checksum.check(UNSIGNED, null, null, "WRONG"));
    }
}
