package org.polymetric.organizations.api;

import java.util.HashMap;
import java.util.Map;
import org.polymetric.kernel.tenancy.Organization;
import org.polymetric.kernel.tenancy.Studio;
import org.polymetric.kernel.tenancy.TenancyDirectory;

/** Looks up the objects {@code expand[]} puts in place of ids, each once per request. */
final class Expansion {
    private final TenancyDirectory tenancy;
    private final Map<Long, Studio> studios = new HashMap<>();
    private final Map<Long, Organization> organizations = new HashMap<>();

    Expansion(TenancyDirectory tenancy) {
        this.tenancy = tenancy;
    }

    Studio studio(long id) {
        return studios.computeIfAbsent(id, k -> tenancy.studio(k).orElseThrow());
    }

    Organization organization(long id) {
        return organizations.computeIfAbsent(id, k -> tenancy.organization(k).orElseThrow());
    }
}
