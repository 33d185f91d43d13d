package org.polymetric.counters;

import java.util.List;
import java.util.Set;
import org.polymetric.counters.api.BulkResource;
import org.polymetric.counters.api.CounterReply;
import org.polymetric.counters.api.CountersRefusalMapper;
import org.polymetric.counters.api.DataResource;
import org.polymetric.counters.api.GraphResource;
import org.polymetric.counters.api.LicensesResource;
import org.polymetric.counters.api.WriteResource;
import org.polymetric.counters.web.CountersPage;
import org.polymetric.counters.web.GameCsv;
import org.polymetric.counters.web.GamePage;
import org.polymetric.counters.web.LicenseCsv;
import org.polymetric.counters.web.LicensePage;
import org.polymetric.counters.web.NewLicense;
import org.polymetric.counters.web.RegionsPage;
import org.polymetric.kernel.module.NavigationEntry;
import org.polymetric.kernel.module.PortalModule;

/** Descriptor of the {@code counters} module: the Photon analytics API under {@code /api/counters}, its pages under {@code /counters}. */
public final class CountersModule implements PortalModule {
    @Override
    public String id() {
        return "counters";
    }

    @Override
    public String displayName() {
        return "Counters";
    }

    @Override
    public int order() {
        return 30;
    }

    /** The module's own error shape, also for the kernel's refusals (401, 413, 429, 404, 405...). */
    @Override
    public String errorJson(String message) {
        return CounterReply.errorJson(message);
    }

    @Override
    public Set<Class<?>> resourceClasses() {
        return Set.of(WriteResource.class, BulkResource.class, DataResource.class, GraphResource.class, LicensesResource.class,
                CountersPage.class, GamePage.class, RegionsPage.class, LicensePage.class, NewLicense.class, GameCsv.class,
                LicenseCsv.class, CountersRefusalMapper.class);
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry("Counters", "/counters", null));
    }
}
