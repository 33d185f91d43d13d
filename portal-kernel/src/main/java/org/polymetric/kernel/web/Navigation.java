package org.polymetric.kernel.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.polymetric.kernel.module.Modules;
import org.polymetric.kernel.module.NavigationEntry;
import org.polymetric.kernel.module.PortalModule;
import org.polymetric.kernel.security.AccessGuard;
import org.polymetric.kernel.security.Permissions;

/** Builds the navigation a user sees: the portal's own links, then each module's that they may open. */
@ApplicationScoped
public class Navigation {
    @Inject
    Modules modules;

    @Inject
    AccessGuard guard;

    public List<NavigationItem> forCurrentUser(String currentPath) {
        if (guard.current().isEmpty()) {
            return List.of();
        }
        List<NavigationEntry> entries = new ArrayList<>();
        entries.add(new NavigationEntry("Home", "/", null));
        entries.add(new NavigationEntry("Games", "/games", null));
        for (PortalModule module : modules.all()) {
            entries.addAll(module.navigation());
        }
        entries.add(new NavigationEntry("Account", "/account", null));
        entries.add(new NavigationEntry("Admin", "/admin", Permissions.PORTAL_ADMIN));
        List<NavigationItem> items = new ArrayList<>();
        for (NavigationEntry e : entries) {
            if (e.permission() == null || guard.can(e.permission())) {
                boolean active = e.path().equals("/") ? currentPath.equals("/") : currentPath.startsWith(e.path());
                items.add(new NavigationItem(e.label(), e.path(), active));
            }
        }
        return items;
    }
}
