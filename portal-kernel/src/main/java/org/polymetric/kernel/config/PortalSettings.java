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
            // the kernel jar lies in WEB-INF/lib: its loader sees every module and theme jar, as the
            // launcher saw them (a thread's context loader depends on who calls first)
            s = Settings.resolve((property, env) -> config.getOptionalValue(property, String.class),
                    SettingsCatalog.load(PortalSettings.class.getClassLoader()));
            settings = s;
        }
        return s;
    }
}
