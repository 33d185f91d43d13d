package org.polymetric.organizations.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import org.polymetric.kernel.tenancy.GameActivity;

/** DAU/WAU/MAU from whichever module provides {@link GameActivity}; zeros while none does. */
@ApplicationScoped
public class Activity {
    @Inject
    Instance<GameActivity> providers;

    public boolean available() {
        return providers.isResolvable();
    }

    public Map<Long, GameActivity.Active> of(Collection<Long> gameIds) {
        return available() && !gameIds.isEmpty() ? providers.get().of(gameIds) : Map.of();
    }
}
