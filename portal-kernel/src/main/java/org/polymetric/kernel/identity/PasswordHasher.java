package org.polymetric.kernel.identity;

import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;

/**
 * Hashes and checks passwords with Shiro's default password service: argon2id, salted, with the
 * parameters in the stored hash so that they can be raised later without breaking old hashes.
 */
public final class PasswordHasher {
    private static final PasswordService SERVICE = new DefaultPasswordService();
    /** Checked when an account does not exist, so that a miss costs as long as a wrong password. */
    private static final String DECOY = SERVICE.encryptPassword("polymetric-decoy-password");

    private PasswordHasher() {
    }

    public static PasswordService service() {
        return SERVICE;
    }

    public static String hash(String password) {
        return SERVICE.encryptPassword(password);
    }

    public static boolean matches(String password, String storedHash) {
        if (storedHash == null) {
            SERVICE.passwordsMatch(password, DECOY);
            return false;
        }
        return SERVICE.passwordsMatch(password, storedHash);
    }
}
