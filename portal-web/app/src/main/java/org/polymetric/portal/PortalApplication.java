package org.polymetric.portal;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.polymetric.kernel.ingest.playback.PlaybackResource;
import org.polymetric.kernel.module.ModuleRegistry;
import org.polymetric.kernel.module.PortalModule;
import org.polymetric.kernel.web.KernelProviders;
import org.polymetric.portal.access.AccessResource;
import org.polymetric.portal.account.AccountPage;
import org.polymetric.portal.account.PasswordChangeGate;
import org.polymetric.portal.account.PasswordPage;
import org.polymetric.portal.account.StaleSessionEnd;
import org.polymetric.portal.account.TokensResource;
import org.polymetric.portal.admin.AdminPage;
import org.polymetric.portal.admin.OrganizationsResource;
import org.polymetric.portal.bench.NoopResource;
import org.polymetric.portal.home.HomePage;
import org.polymetric.portal.invite.InvitePage;
import org.polymetric.portal.login.LoginPage;
import org.polymetric.portal.login.LogoutAction;
import org.polymetric.portal.login.PasswordResetPage;
import org.polymetric.portal.overview.GameOverviewPage;
import org.polymetric.portal.overview.OrganizationGamesPage;

/**
 * The portal's JAX-RS application: the portal's own pages, APIs and providers, the kernel's
 * providers, and what each installed module declares in
 * {@link PortalModule#resourceClasses()}. Listing them, rather than letting the server scan the
 * WAR, means a module's resource is served only when declared, so the registry's path check
 * (every resource under {@code /<id>} or {@code /api/<id>}) covers all of them.
 */
@ApplicationPath("/")
@OpenAPIDefinition(info = @Info(title = "Polymetric", version = "1",
        description = "The portal's own APIs (tokens, administration, access) and every dialect module's API"))
public class PortalApplication extends Application {
    static final Set<Class<?>> PORTAL = Set.of(HomePage.class, LoginPage.class, LogoutAction.class,
            PasswordResetPage.class, InvitePage.class, AccountPage.class, PasswordPage.class, TokensResource.class,
            AdminPage.class, OrganizationsResource.class, AccessResource.class, NoopResource.class,
            StaleSessionEnd.class, PasswordChangeGate.class, GameOverviewPage.class, OrganizationGamesPage.class,
            // the kernel's player beacons: served whatever modules are built in (404 when none takes them)
            PlaybackResource.class);

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(PORTAL);
        classes.addAll(KernelProviders.CLASSES);
        // the same registry the kernel's ModuleCheck validated while CDI started
        for (PortalModule module : ModuleRegistry.load(Thread.currentThread().getContextClassLoader()).modules()) {
            classes.addAll(module.resourceClasses());
        }
        return classes;
    }
}
