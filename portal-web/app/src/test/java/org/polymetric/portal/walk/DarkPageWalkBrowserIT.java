package org.polymetric.portal.walk;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.polymetric.portal.PortalDeployment;
import org.polymetric.portal.TestDatabase;

/**
 * {@link PageWalkBrowserIT}'s walks in the dark theme: the real WAR with {@code polymetric.theme=dark}
 * in its configuration (as {@code POLYMETRIC_THEME=dark} sets it), so a server of its own.
 */
@ExtendWith({TestDatabase.class, ArquillianExtension.class})
@RunAsClient
class DarkPageWalkBrowserIT {
    static WalkedPortal portal;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.configured("polymetric.theme=dark");
    }

    @ArquillianResource
    URL base;

    @BeforeEach
    void open() throws Exception {
        portal = WalkedPortal.reuse(portal, base, "dark");
    }

    @AfterAll
    static void close() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void anOwnerWalksTheDarkThemeWithoutAConsoleErrorOrAFailedResource() {
        portal.walkAs(WalkedGame::owner);
    }

    @Test
    void aGameViewerWalksTheDarkThemeAndMayOpenEveryEntryOfTheirNavigation() {
        portal.walkAs(WalkedGame::viewer);
    }
}
