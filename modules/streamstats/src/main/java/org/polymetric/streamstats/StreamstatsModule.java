package org.polymetric.streamstats;

import java.util.List;
import java.util.Set;
import org.polymetric.kernel.module.NavigationEntry;
import org.polymetric.kernel.module.PortalModule;
import org.polymetric.streamstats.api.BadParameterMapper;
import org.polymetric.streamstats.api.StoreFailureMapper;
import org.polymetric.streamstats.api.StreamstatsResource;
import org.polymetric.streamstats.web.GamesPage;
import org.polymetric.streamstats.web.LevelPages;
import org.polymetric.streamstats.web.PageRefusalMapper;

/** Descriptor of the {@code streamstats} module: System73's Stats API under {@code /api/streamstats}, its pages under {@code /streamstats}. */
public final class StreamstatsModule implements PortalModule {
    @Override
    public String id() {
        return "streamstats";
    }

    @Override
    public String displayName() {
        return "Stream stats";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Set<Class<?>> resourceClasses() {
        return Set.of(StreamstatsResource.class, BadParameterMapper.class, StoreFailureMapper.class, GamesPage.class,
                LevelPages.class, PageRefusalMapper.class);
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry("Stream stats", "/streamstats", null));
    }
}
