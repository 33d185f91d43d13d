package org.polymetric.kernel.module;

import java.util.Objects;

/**
 * A link in the portal's navigation.
 *
 * @param label      visible text
 * @param path       absolute path inside the portal, e.g. {@code /events/dashboard}
 * @param permission Shiro permission the viewer needs, or {@code null} for any signed-in user
 */
public record NavigationEntry(String label, String path, String permission) {
    public NavigationEntry {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(path, "path");
    }
}
