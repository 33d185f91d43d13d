package org.polymetric.events.web;

import org.polymetric.events.read.Dashboard;
import org.polymetric.kernel.web.View;

/** What every events page shows around its own content: the game, its tabs and the period picker. */
final class Pages {
    private Pages() {
    }

    static View view(String template, GameOnPage.Shown shown, String tab) {
        return View.of(template).with("game", shown.game()).with("tab", tab)
                .with("period", shown.period().name()).with("periods", GameOnPage.PERIODS)
                .with("periodLabel", Dashboard.label(shown.period())).with("zone", shown.zone().getId());
    }
}
