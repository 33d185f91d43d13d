package org.polymetric.kernel.config;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One setting a module declares ({@link ModuleSettings}). Its names carry the module's id:
 * {@code POLYMETRIC_<ID>_<NAME>} and {@code polymetric.<id>.<name>}, e.g.
 * {@code POLYMETRIC_COUNTERS_PURGE_SECONDS} for module {@code counters}, name {@code PURGE_SECONDS}.
 *
 * @param module the module's id, e.g. {@code counters}
 * @param name upper-case letters, digits and underscores, without the prefix and module id
 * @param defaultValue the value when unset; null: none
 * @param check returns the normalised value, or throws {@link IllegalArgumentException} saying why
 *        (the same rule as the kernel's own settings)
 */
public record ModuleSetting(String module, String name, String defaultValue, UnaryOperator<String> check) {

    public ModuleSetting {
        Objects.requireNonNull(check, "check");
        if (module == null || !module.matches("[a-z][a-z0-9]*")) {
            throw new IllegalArgumentException("a module id is lower-case letters and digits: " + module);
        }
        if (name == null || !name.matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*")) {
            throw new IllegalArgumentException("a setting name is upper-case words joined by '_': " + name);
        }
    }

    public String env() {
        return Setting.ENV_PREFIX + module.toUpperCase(Locale.ROOT) + "_" + name;
    }

    public String property() {
        return Setting.PROPERTY_PREFIX + module + "." + name.toLowerCase(Locale.ROOT).replace('_', '.');
    }

    public Optional<String> defaultOf() {
        return Optional.ofNullable(defaultValue);
    }

    /** Returns the normalised value or throws {@link SettingException} naming the setting and why. */
    public String checked(String raw) {
        try {
            return check.apply(raw);
        } catch (IllegalArgumentException e) {
            throw new SettingException(env() + "='" + raw + "' is invalid: " + e.getMessage());
        }
    }

    /** A whole number, 0 or more: the common shape of a period or limit where 0 switches it off. */
    public static String count(String v) {
        return Setting.count(v);
    }
}
