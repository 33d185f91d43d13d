package org.polymetric.kernel.config;

/** The one rule for every password Polymetric accepts: the first-run one and those set later. */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    public static boolean accepts(String password) {
        return password != null && password.length() >= MIN_LENGTH && password.length() <= 1000;
    }

    public static String describe() {
        return "a password has at least " + MIN_LENGTH + " characters";
    }
}
