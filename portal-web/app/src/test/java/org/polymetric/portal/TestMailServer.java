package org.polymetric.portal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /**
     * The paths of the portal links starting with {@code pathPrefix} (e.g. {@code /invite/}) in
     * the mail received for {@code address}, one per mail in order, waiting up to 20 s for
     * {@code atLeast} mails.
     */
    public static List<String> linkPaths(String address, String pathPrefix, int atLeast) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<MimeMessage> mine = to(address);
        while (mine.size() < atLeast && System.nanoTime() < deadline) {
            Thread.sleep(200);
            mine = to(address);
        }
        Pattern link = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(pathPrefix) + "\\S+)");
        List<String> paths = new ArrayList<>();
        for (MimeMessage m : mine) {
            Matcher found = link.matcher(m.getContent().toString());
            paths.add(found.find() ? found.group(1) : null);
        }
        return paths;
    }

    private static boolean addressedTo(MimeMessage m, String address) {
        try {
            return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }
}
