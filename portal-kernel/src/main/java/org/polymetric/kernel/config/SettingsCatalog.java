package org.polymetric.kernel.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * What the installed jars add to the kernel's {@link Setting}s: the modules' settings
 * ({@link ModuleSettings}) and the themes, each theme jar declaring itself in
 * {@value #THEMES_RESOURCE} ({@code <id>=<display name>} lines). The server reads it from the WAR's
 * class loader, the launcher from the WAR's jars, so both know the same names.
 */
public final class SettingsCatalog {
    public static final String THEMES_RESOURCE = "META-INF/polymetric/themes.properties";

    private final List<ModuleSetting> moduleSettings;
    /** Theme id to display name, sorted by id so that messages list them in a stable order. */
    private final TreeMap<String, String> themes;

    public SettingsCatalog(List<ModuleSetting> moduleSettings, java.util.Map<String, String> themes) {
        this.moduleSettings = List.copyOf(moduleSettings);
        this.themes = new TreeMap<>(themes);
        List<String> seen = new ArrayList<>();
        for (ModuleSetting s : this.moduleSettings) {
            if (seen.contains(s.env()) || Setting.byName(s.env()).isPresent()) {
                throw new SettingException(s.env() + " is declared twice");
            }
            seen.add(s.env());
        }
    }

    /** Reads the module settings and themes that {@code loader} sees. */
    public static SettingsCatalog load(ClassLoader loader) {
        List<ModuleSetting> settings = new ArrayList<>();
        for (ModuleSettings declared : ServiceLoader.load(ModuleSettings.class, loader)) {
            settings.addAll(declared.settings());
        }
        TreeMap<String, String> themes = new TreeMap<>();
        try {
            for (URL url : Collections.list(loader.getResources(THEMES_RESOURCE))) {
                Properties p = new Properties();
                try (InputStream in = url.openStream()) {
                    p.load(in);
                }
                p.stringPropertyNames().forEach(id -> themes.put(id, p.getProperty(id)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + THEMES_RESOURCE, e);
        }
        return new SettingsCatalog(settings, themes);
    }

    public List<ModuleSetting> moduleSettings() {
        return moduleSettings;
    }

    /** Theme ids, sorted. */
    public List<String> themes() {
        return List.copyOf(themes.keySet());
    }

    public Optional<String> themeName(String id) {
        return Optional.ofNullable(themes.get(id));
    }

    /** The module setting for an environment name or a property name. */
    public Optional<ModuleSetting> byName(String name) {
        return moduleSettings.stream().filter(s -> s.env().equals(name) || s.property().equals(name)).findFirst();
    }

    /** Every {@code POLYMETRIC_*} name known: the kernel's, then the modules'. */
    public List<String> knownNames() {
        List<String> names = new ArrayList<>();
        for (Setting s : Setting.values()) {
            names.add(s.env());
        }
        moduleSettings.forEach(s -> names.add(s.env()));
        return names;
    }
}
