package org.polymetric.kernel.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.logging.Logger;
import org.polymetric.kernel.config.PortalSettings;
import org.polymetric.kernel.config.Setting;
import org.polymetric.kernel.config.Settings;

/**
 * On a portal without users, creates the first organization and its primary owner (a portal
 * administrator) from {@code POLYMETRIC_ADMIN_*}; without a configured password it generates one
 * and prints it once, as Jenkins does. A generated password has been in a log, so the browser asks
 * for a new one at the first sign-in; a configured one was chosen by the operator and is kept.
 */
@ApplicationScoped
public class FirstRun {
    private static final Logger LOG = Logger.getLogger(FirstRun.class.getName());
    static final String DEFAULT_EMAIL = "admin@polymetric.local";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Inject
    IdentityDirectory identities;

    @Inject
    OrganizationProvisioning provisioning;

    @Inject
    PortalSettings portalSettings;

    /** Creates the first organization and administrator when the portal has no users. */
    public void run() {
        if (identities.userCount() > 0) {
            return;
        }
        Settings settings = portalSettings.get();
        String email = settings.get(Setting.ADMIN_EMAIL).orElse(DEFAULT_EMAIL);
        String configured = settings.get(Setting.ADMIN_PASSWORD).orElse(null);
        String password = configured != null ? configured : generatePassword();
        provisioning.bootstrap(settings.require(Setting.ORG_NAME), email, password, configured == null);
        if (configured == null) {
            String bar = "*".repeat(72);
            LOG.warning("\n" + bar + "\nFirst run: created the administrator " + email + " with the password\n\n    "
                    + password + "\n\nIt is shown only this once and must be changed at the first sign-in in the browser.\n" + bar);
        } else {
            LOG.info(() -> "First run: created the administrator " + email + " with the configured password");
        }
    }

    /** 20 characters from a 57-letter alphabet without look-alikes: about 116 bits. */
    static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
