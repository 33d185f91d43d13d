package org.polymetric.organizations;

import java.util.List;
import java.util.Set;
import org.polymetric.kernel.module.NavigationEntry;
import org.polymetric.kernel.module.PortalModule;
import org.polymetric.organizations.api.GamesResource;
import org.polymetric.organizations.api.ImagesResource;
import org.polymetric.organizations.api.Problem;
import org.polymetric.organizations.api.ProblemMapper;
import org.polymetric.organizations.api.SignedInOnly;
import org.polymetric.organizations.api.StudiosResource;
import org.polymetric.organizations.api.UsersResource;
import org.polymetric.organizations.web.GamePage;
import org.polymetric.organizations.web.GamesPage;
import org.polymetric.organizations.web.OverviewPage;
import org.polymetric.organizations.web.StudiosPage;
import org.polymetric.organizations.web.UsersPage;

/** Descriptor of the {@code organizations} module: GameAnalytics' Organization API under {@code /api/organizations}. */
public final class OrganizationsModule implements PortalModule {
    @Override
    public String id() {
        return "organizations";
    }

    @Override
    public String displayName() {
        return "Organizations";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<NavigationEntry> navigation() {
        return List.of(new NavigationEntry("Organization", "/organizations", null));
    }

    /** GameAnalytics' (FastAPI's) error shape, also for the kernel's refusals (401, 413, 429, 404, 405...). */
    @Override
    public String errorJson(String message) {
        return Problem.detail(message).toString();
    }

    @Override
    public Set<Class<?>> resourceClasses() {
        return Set.of(GamesResource.class, StudiosResource.class, UsersResource.class, ImagesResource.class,
                OverviewPage.class, StudiosPage.class, GamesPage.class, GamePage.class, UsersPage.class, ProblemMapper.class,
                SignedInOnly.class);
    }
}
