package org.polymetric.portal.walk;

import java.net.URI;
import java.net.URL;
import java.util.function.Function;
import org.openqa.selenium.WebDriver;
import org.polymetric.portal.BrowserIT;
import org.polymetric.portal.PortalClient;

/**
 * What a walk test class keeps for its tests: the portal in one theme, a headless Chromium that
 * keeps its console and network logs ({@link PageWalk#options()}), and the walked game, seeded once.
 */
final class WalkedPortal implements AutoCloseable {
    private final String base;
    private final String theme;
    private final WebDriver browser;
    private final WalkedGame game;

    private WalkedPortal(URL base, String theme) throws Exception {
        this.base = base.toString();
        this.theme = theme;
        this.game = WalkedGame.seed(new PortalClient(URI.create(this.base)));
        this.browser = BrowserIT.open(PageWalk.options());
    }

    /** {@code kept} when there is one, else a new one. */
    static WalkedPortal reuse(WalkedPortal kept, URL base, String theme) throws Exception {
        return kept != null ? kept : new WalkedPortal(base, theme);
    }

    /** Walks as the person {@code who} names ({@link WalkedGame#owner}, {@link WalkedGame#viewer}); fails on any problem. */
    void walkAs(Function<WalkedGame, String> who) {
        PageWalk.walkOrFail(browser, base, theme, game.game(), who.apply(game));
    }

    @Override
    public void close() {
        browser.quit();
    }
}
