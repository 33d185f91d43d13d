package org.polymetric.portal.walk;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.PortalIT;

/**
 * Every page in the default theme, as an organization's owner and as a viewer of one of its
 * games, in headless Chromium ({@link PageWalk}): no console error, no failed resource, no
 * navigation entry the person may not open. {@link DarkPageWalkBrowserIT} walks the dark theme.
 */
class PageWalkBrowserIT extends PortalIT {
    static WalkedPortal portal;

    @BeforeEach
    void open() throws Exception {
        portal = WalkedPortal.reuse(portal, base, "default");
    }

    @AfterAll
    static void close() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void anOwnerWalksEveryPageAndTabWithoutAConsoleErrorOrAFailedResource() {
        portal.walkAs(WalkedGame::owner);
    }

    @Test
    void aGameViewerWalksEveryPageAndTabTheirNavigationLeadsTo() {
        portal.walkAs(WalkedGame::viewer);
    }
}
