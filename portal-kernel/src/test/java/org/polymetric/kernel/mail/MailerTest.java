package org.polymetric.kernel.mail;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polymetric.kernel.config.PortalSettings;
import org.polymetric.kernel.config.Settings;

/**
 * The mailer against an SMTP server that offers AUTH but no STARTTLS, as a plain-text server (or
 * one whose STARTTLS offer a man in the middle has stripped) does.
 */
class MailerTest {
    private static final String SECRET = "smtp-secret-123";

    private ServerSocket socket;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private Thread server;

    @BeforeEach
    void startServer() throws IOException {
        socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        server = new Thread(this::serve, "plain-smtp");
        server.setDaemon(true);
        server.start();
    }

    @AfterEach
    void stopServer() throws Exception {
        socket.close();
        server.join(5000);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket s = socket.accept()) {
                converse(s);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void converse(Socket s) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
        OutputStream out = s.getOutputStream();
        reply(out, "220 plain.test ESMTP");
        boolean data = false;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            received.add(line);
            if (data) {
                if (line.equals(".")) {
                    data = false;
                    reply(out, "250 queued");
                }
                continue;
            }
            String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
            switch (verb) {
                case "EHLO" -> reply(out, "250-plain.test\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME");
                case "AUTH" -> reply(out, "235 accepted");
                case "DATA" -> {
                    data = true;
                    reply(out, "354 go on");
                }
                case "QUIT" -> {
                    reply(out, "221 bye");
                    return;
                }
                default -> reply(out, "250 ok");
            }
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private Mailer mailer(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(extra);
        env.put("POLYMETRIC_SMTP_HOST", "127.0.0.1");
        env.put("POLYMETRIC_SMTP_PORT", Integer.toString(socket.getLocalPort()));
        env.put("POLYMETRIC_SMTP_FROM", "portal@plain.test");
        env.put("POLYMETRIC_PUBLIC_URL", "http://portal.plain.test");
        Settings settings = Settings.from(env, Map.of());
        Mailer mailer = new Mailer();
        mailer.settings = new PortalSettings() {
            @Override
            public Settings get() {
                return settings;
            }
        };
        return mailer;
    }

    @Test
    void withoutCredentialsMailGoesThroughAPlainServer() {
        mailer(Map.of()).send("someone@plain.test", "Hello", "text");
        assertTrue(received.stream().anyMatch(l -> l.startsWith("MAIL FROM")), received.toString());
    }

    @Test
    void withCredentialsAServerWithoutStarttlsGetsNeitherThePasswordNorTheMail() {
        mailer(Map.of("POLYMETRIC_SMTP_USER", "portal", "POLYMETRIC_SMTP_PASSWORD", SECRET))
                .send("someone@plain.test", "Hello", "text");
        String encoded = Base64.getEncoder().encodeToString(("\0portal\0" + SECRET).getBytes(StandardCharsets.UTF_8));
        assertTrue(received.stream().anyMatch(l -> l.startsWith("EHLO")), "the mailer did connect: " + received);
        assertFalse(received.stream().anyMatch(l -> l.toUpperCase().startsWith("AUTH") || l.contains(encoded) || l.contains(SECRET)),
                "credentials in clear: " + received);
        assertFalse(received.stream().anyMatch(l -> l.startsWith("MAIL FROM")), received.toString());
    }
}
