package org.polymetric.kernel.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version shown in every page's footer, written into the kernel jar at build time. */
public final class PortalVersion {
    private static final String VERSION = read();

    private PortalVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = PortalVersion.class.getResourceAsStream("/polymetric/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "development");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
