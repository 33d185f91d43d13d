package org.polymetric.kernel.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.polymetric.kernel.config.PortalSettings;
import org.polymetric.kernel.config.Setting;
import org.polymetric.kernel.config.Settings;

/**
 * Sends plain-text mail through {@code POLYMETRIC_SMTP_HOST} (port, user, password, from). Without
 * a host nothing is sent: the portal shows what it would have sent (e.g. invite links) instead.
 * With a user set, the connection must be upgraded by STARTTLS before the login, or nothing is sent.
 * A failed send is logged, never fatal: the action it accompanies has happened.
 */
@ApplicationScoped
public class Mailer {
    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    PortalSettings settings;

    public boolean configured() {
        return settings.get().get(Setting.SMTP_HOST).isPresent();
    }

    public void send(String to, String subject, String text) {
        Settings s = settings.get();
        if (!configured()) {
            return;
        }
        Properties props = new Properties();
        props.put("mail.smtp.host", s.require(Setting.SMTP_HOST));
        props.put("mail.smtp.port", s.require(Setting.SMTP_PORT));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        Authenticator auth = null;
        if (s.get(Setting.SMTP_USER).isPresent()) {
            props.put("mail.smtp.auth", "true");
            props.put("mail.smtp.starttls.enable", "true");
            // never the password in clear: a server (or a man in the middle stripping the offer)
            // without STARTTLS makes the send fail instead of logging in over plain text
            props.put("mail.smtp.starttls.required", "true");
            String user = s.require(Setting.SMTP_USER);
            String password = s.get(Setting.SMTP_PASSWORD).orElse("");
            auth = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            };
        }
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(props, auth));
            message.setFrom(new InternetAddress(s.require(Setting.SMTP_FROM)));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
            message.setSubject(subject, "UTF-8");
            message.setText(text, "UTF-8");
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Could not send mail to " + to + ": " + e.getMessage());
        }
    }
}
