package org.polymetric.events;

import java.util.List;
import java.util.Set;
import org.polymetric.events.api.ReadResource;
import org.polymetric.events.api.WriteResource;
import org.polymetric.events.remoteconfig.SdkResource;
import org.polymetric.events.web.CsvDownloads;
import org.polymetric.events.web.DashboardPage;
import org.polymetric.events.web.ExplorerPage;
import org.polymetric.events.web.GamesPage;
import org.polymetric.events.web.LivePage;
import org.polymetric.events.web.RemoteConfigPage;
import org.polymetric.events.web.RetentionPage;
import org.polymetric.events.web.SetupPage;
import org.polymetric.kernel.module.NavigationEntry;
import org.polymetric.kernel.module.PortalModule;
import org.polymetric.kernel.web.JsonBuilders;

/** Descriptor of the {@code events} module: Countly's {@code /i} and {@code /o} under {@code /api/events} and at the root. */
public final class EventsModule implements PortalModule {
    @Override
    public String id() {
        return "events";
    }

    @Override
    public String displayName() {
        return "Events";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry("Analytics", "/events", null));
    }

    /** Countly SDKs configured with a bare host append {@code /i} and {@code /o} themselves. */
    @Override
    public Set<String> rootPaths() {
        return Set.of("i", "o");
    }

    /** Countly's shape, as its own answers: {@code {"result": message}}. */
    @Override
    public String errorJson(String message) {
        return JsonBuilders.object().add("result", message).build().toString();
    }

    /** Countly's reads answer refused credentials in its own shape: 401 {@code User does not exist}. */
    @Override
    public boolean answersRefusedCredentials(String apiPath) {
        return apiPath.equals("/o") || apiPath.startsWith("/o/");
    }

    @Override
    public Set<Class<?>> resourceClasses() {
        return Set.of(WriteResource.class, ReadResource.class, GamesPage.class, DashboardPage.class, ExplorerPage.class,
                RetentionPage.class, LivePage.class, SetupPage.class, CsvDownloads.class, SdkResource.class, RemoteConfigPage.class);
    }
}
