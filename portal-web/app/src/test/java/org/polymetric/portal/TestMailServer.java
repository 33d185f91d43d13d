package org.polymetric.portal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real SMTP server (GreenMail) on the port failsafe reserved, which the Payara under test is
 * configured to send through: tests read what the portal mailed.
 */
public class TestMailServer implements BeforeAllCallback {
    private static GreenMail server;

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        if (server != null) {
            return;
        }
        server = new GreenMail(new ServerSetup(Integer.parseInt(System.getProperty("polymetric.test.smtp.port")), "127.0.0.1", "smtp"));
        server.start();
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .put(TestMailServer.class, (ExtensionContext.Store.CloseableResource) server::stop);
    }

    /** Mail received for {@code address}, waiting up to 20 s for at least one. */
    public static List<MimeMessage> to(String address) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> mine = Arrays.stream(server.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
            if (!mine.isEmpty()) {
                return mine;
            }
            Thread.sleep(200);
        }
        return List.of();
    }

    private static boolean addressedTo(MimeMessage m, String address) {
        try {
            return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }
}
