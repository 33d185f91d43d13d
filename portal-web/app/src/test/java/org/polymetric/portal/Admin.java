package org.polymetric.portal;

/** The first-run administrator the Payara under test is configured with (failsafe's payara.cmdOptions). */
public final class Admin {
    public static final String EMAIL = "admin@it.test";
    public static final String PASSWORD = "it-admin-password";

    private Admin() {
    }
}
