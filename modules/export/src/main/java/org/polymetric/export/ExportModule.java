package org.polymetric.export;

import java.util.Set;
import org.polymetric.export.api.ExportRefusalMapper;
import org.polymetric.export.api.ExportResource;
import org.polymetric.export.api.StoreUnavailableMapper;
import org.polymetric.export.domain.ExportRefusal;
import org.polymetric.kernel.module.PortalModule;

/** Descriptor of the {@code export} module: Peer5's {@code /v1/export} under {@code /api/export}, its pages under {@code /export}. */
public final class ExportModule implements PortalModule {
    @Override
    public String id() {
        return "export";
    }

    @Override
    public String displayName() {
        return "Export";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Set<Class<?>> resourceClasses() {
        return Set.of(ExportResource.class, ExportRefusalMapper.class, StoreUnavailableMapper.class);
    }

    /** Peer5's error shape, also for what the kernel refuses before the module runs (401, 413, 429). */
    @Override
    public String errorJson(String message) {
        return ExportRefusal.json(message);
    }
}
