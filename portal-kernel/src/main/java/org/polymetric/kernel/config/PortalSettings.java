package org.polymetric.kernel.config;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

/** The settings as the server sees them, through MicroProfile Config, checked by the same rules. */
@ApplicationScoped
public class PortalSettings {
    private volatile Settings settings;

    public Settings get() {
        Settings s = settings;
        if (s == null) {
            var config = ConfigProvider.getConfig();
            // the WAR's class loader sees every module jar and theme jar, as the launcher saw them
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            s = Settings.resolve((property, env) -> config.getOptionalValue(property, String.class),
                    SettingsCatalog.load(loader == null ? PortalSettings.class.getClassLoader() : loader));
            settings = s;
        }
        return s;
    }
}
