package org.polymetric.kernel.security;

import java.util.Optional;
import java.util.function.BiFunction;
import org.apache.shiro.authz.Permission;
import org.polymetric.kernel.identity.AccessLevel;
import org.polymetric.kernel.tenancy.Containment;
import org.polymetric.kernel.tenancy.ResourceType;

/**
 * A permission being asked for, {@code <resource>:<action>:<id>} such as {@code game:view:42}. It
 * finds where its resource sits once, and grants compare themselves against that.
 */
public final class TargetPermission implements Permission {
    private final ResourceType resource;
    private final AccessLevel level;
    private final long id;
    private final BiFunction<ResourceType, Long, Optional<Containment>> locator;
    private Optional<Containment> containment;

    TargetPermission(ResourceType resource, AccessLevel level, long id,
                     BiFunction<ResourceType, Long, Optional<Containment>> locator) {
        this.resource = resource;
        this.level = level;
        this.id = id;
        this.locator = locator;
    }

    /** Parses {@code game:view:42}; empty for any other shape. */
    static Optional<TargetPermission> parse(String text, BiFunction<ResourceType, Long, Optional<Containment>> locator) {
        String[] parts = text.split(":");
        if (parts.length != 3) {
            return Optional.empty();
        }
        Optional<ResourceType> type = ResourceType.fromWord(parts[0]);
        Optional<AccessLevel> level = AccessLevel.fromAction(parts[1]);
        if (type.isEmpty() || level.isEmpty() || !parts[2].matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(new TargetPermission(type.get(), level.get(), Long.parseLong(parts[2]), locator));
    }

    public AccessLevel level() {
        return level;
    }

    /** Where the resource sits; empty when it does not exist (then nothing implies this permission). */
    public Optional<Containment> containment() {
        if (containment == null) {
            containment = locator.apply(resource, id);
        }
        return containment;
    }

    /** A requested permission implies only an identical one. */
    @Override
    public boolean implies(Permission p) {
        return p instanceof TargetPermission t && t.resource == resource && t.id == id && level.atLeast(t.level);
    }

    @Override
    public String toString() {
        return resource.word() + ":" + level.action() + ":" + id;
    }
}
