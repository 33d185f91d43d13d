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
            s = Settings.resolve(setting -> config.getOptionalValue(setting.property(), String.class));
            settings = s;
        }
        return s;
    }
}
