package org.polymetric.portal.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Sends a {@link Probe} over a fresh socket ({@code Connection: close}) and reads the whole
 * answer, timing it from the first byte written to the last byte read.
 */
final class Wire {
    /** Status of an answer that never came: the server closed the connection without one. */
    static final int CLOSED = -1;
    /** Status of an answer that did not complete within the read timeout. */
    static final int TIMED_OUT = -2;
    /** Answers are kept up to this many bytes: enough for any refusal and to look into a body. */
    private static final int KEEP = 256 * 1024;

    private final String host;
    private final int port;
    private final int timeoutMs;

    Wire(URI base, int timeoutMs) {
        this.host = base.getHost();
        this.port = base.getPort() < 0 ? 80 : base.getPort();
        this.timeoutMs = timeoutMs;
    }

    record Answer(int status, String head, String body, long millis) {
        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    Answer send(Probe probe) {
        long start = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMs);
            socket.setSoTimeout(timeoutMs);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(probe.wire(host + ":" + port));
                out.flush();
                if (!probe.framed()) {
                    // a declared length longer than the body would otherwise keep the server waiting for bytes that never come
                    socket.shutdownOutput();
                }
            } catch (IOException e) {
                // the server may refuse (and close) before the whole body is written: read its answer
            }
            return read(socket.getInputStream(), start);
        } catch (IOException e) {
            return new Answer(CLOSED, "", String.valueOf(e.getMessage()), elapsed(start));
        }
    }

    private Answer read(InputStream in, long start) throws IOException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (got.size() < KEEP) {
                    got.write(buffer, 0, Math.min(n, KEEP - got.size()));
                }
                if (complete(got.toByteArray())) {
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            return answer(got.toByteArray(), TIMED_OUT, start);
        } catch (IOException e) {
            // a reset after a complete answer is the server closing early: the answer stands
        }
        return answer(got.toByteArray(), 0, start);
    }

    private static Answer answer(byte[] bytes, int forced, long start) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        int status = CLOSED;
        if (head.startsWith("HTTP/1.") && head.length() >= 12) {
            try {
                status = Integer.parseInt(head.substring(9, 12));
            } catch (NumberFormatException e) {
                status = CLOSED;
            }
        }
        return new Answer(forced != 0 ? forced : status, head, body, elapsed(start));
    }

    /** Whether the answer is whole by its own framing (a close ends it too). */
    private static boolean complete(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        String head = text.substring(0, end).toLowerCase(Locale.ROOT);
        int bodyLength = bytes.length - end - 4;
        if (head.startsWith("http/1.1 1")) {
            return false;
        }
        if (head.startsWith("http/1.1 204") || head.startsWith("http/1.1 304")) {
            return true;
        }
        int at = head.indexOf("\ncontent-length:");
        if (at >= 0) {
            int lineEnd = head.indexOf('\r', at + 1);
            String value = head.substring(at + 16, lineEnd < 0 ? head.length() : lineEnd).trim();
            try {
                return bodyLength >= Long.parseLong(value);
            } catch (NumberFormatException e) {
                return false;
            }
        }
        if (head.contains("\ntransfer-encoding: chunked")) {
            return text.endsWith("\r\n0\r\n\r\n") || bodyLength == 5 && text.endsWith("0\r\n\r\n");
        }
        return false;
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
