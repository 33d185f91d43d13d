package org.polymetric.kernel.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MultipartFormTest {
    static byte[] body(String boundary, byte[] file) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"entity_type\"\r\n\r\ngame\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"icon.png\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(file);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void fieldsAndFilesAreSplitOnTheBoundary() throws Exception {
        byte[] file = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0, '-', '-', 'x'};
        MultipartForm form = MultipartForm.parse("multipart/form-data; boundary=XyZ", body("XyZ", file)).orElseThrow();
        assertEquals("game", form.text("entity_type"));
        assertArrayEquals(file, form.bytes("file").orElseThrow());
        assertTrue(form.bytes("game_id").isEmpty());
    }

    @Test
    void quotedBoundariesWork() throws Exception {
        assertEquals("game", MultipartForm.parse("multipart/form-data; boundary=\"a b\"", body("a b", new byte[]{1}))
                .orElseThrow().text("entity_type"));
    }

    @Test
    void whatIsNotMultipartIsRefused() {
        assertTrue(MultipartForm.parse("application/json", "{}".getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertTrue(MultipartForm.parse("multipart/form-data; boundary=q", "no parts here".getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertTrue(MultipartForm.parse(null, new byte[0]).isEmpty());
    }

    private static byte[] tinyParts(String boundary, int parts) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            b.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"f").append(i).append("\"\r\n\r\nv\r\n");
        }
        return b.append("--").append(boundary).append("--\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aFormOfAsManyPartsAsAllowedIsRead() {
        MultipartForm form = MultipartForm.parse("multipart/form-data; boundary=b", tinyParts("b", MultipartForm.MAX_PARTS)).orElseThrow();
        assertEquals(MultipartForm.MAX_PARTS, form.names().size());
        assertEquals("v", form.text("f999"));
    }

    @Test
    void moreThanTheAllowedPartsAreRefused() {
        assertTrue(MultipartForm.parse("multipart/form-data; boundary=b", tinyParts("b", MultipartForm.MAX_PARTS + 1)).isEmpty());
    }

    @Test
    void aBoundaryOfSeventyCharactersIsTheLongest() throws Exception {
        String longest = "b".repeat(MultipartForm.MAX_BOUNDARY);
        assertEquals("game", MultipartForm.parse("multipart/form-data; boundary=" + longest, body(longest, new byte[]{1}))
                .orElseThrow().text("entity_type"));
        String over = longest + "b";
        assertTrue(MultipartForm.parse("multipart/form-data; boundary=" + over, body(over, new byte[]{1})).isEmpty());
        assertTrue(MultipartForm.parse("multipart/form-data; boundary=\"\"", body("", new byte[]{1})).isEmpty());
    }

    @Test
    void fiveMegabytesOfTinyPartsWithoutBlankLinesAreReadInLinearTime() {
        // the parts' headers end in bare newlines: the old parser searched the rest of the body for
        // a CRLF blank line, for every part (quadratic: hours for this body)
        StringBuilder b = new StringBuilder();
        while (b.length() < 5 * 1024 * 1024) {
            b.append("--b\nContent-Disposition: form-data; name=\"a\"\n\nv\n");
        }
        byte[] body = b.toString().getBytes(StandardCharsets.ISO_8859_1);
        // a bound far above any machine's linear time and far below the quadratic parser's hours
        assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertTrue(MultipartForm.parse("multipart/form-data; boundary=b", body).isEmpty()));
    }

    @Test
    void aBodyOfNearMissesOfALongBoundaryIsSearchedInLinearTime() {
        String boundary = "-".repeat(69) + "x";
        byte[] body = ("-".repeat(5 * 1024 * 1024)).getBytes(StandardCharsets.ISO_8859_1);
        assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertTrue(MultipartForm.parse("multipart/form-data; boundary=" + boundary, body).isEmpty()));
    }

    @Test
    void partsEndingInBareNewlinesAreRead() {
        byte[] body = "--b\nContent-Disposition: form-data; name=\"a\"\n\none\n--b\nContent-Disposition: form-data; name=\"c\"\n\ntwo\n--b--\n"
                .getBytes(StandardCharsets.UTF_8);
        MultipartForm form = MultipartForm.parse("multipart/form-data; boundary=b", body).orElseThrow();
        assertEquals("one", form.text("a"));
        assertEquals("two", form.text("c"));
    }
}
