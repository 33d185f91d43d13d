package org.polymetric.kernel.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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
}
