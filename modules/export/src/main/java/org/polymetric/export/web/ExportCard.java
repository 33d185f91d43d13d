package org.polymetric.export.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.polymetric.kernel.overview.Card;
import org.polymetric.kernel.overview.CardTexts;
import org.polymetric.kernel.overview.GameOverview;
import org.polymetric.kernel.security.AccessGuard;
import org.polymetric.kernel.security.Permissions;
import org.polymetric.kernel.tenancy.GameCard;

/**
 * The export card of a game's overview: a prepared export, the game's last seven days by day in
 * bytes over HTTP and peer to peer, its link opening the builder with that query answered (the
 * preview, its chart, the CSV download and the API's {@code curl}), ready to change. It reads
 * nothing. Viewers of the game, as for the builder.
 */
@ApplicationScoped
public class ExportCard implements GameOverview {
    private final CardTexts texts = CardTexts.of("export", ExportCard.class);

    @Inject
    AccessGuard guard;

    Clock clock = Clock.systemUTC();

    @Override
    public String moduleId() {
        return "export";
    }

    @Override
    public Optional<Card> card(GameCard game) {
        if (!guard.can(Permissions.viewGame(game.id()))) {
            return Optional.empty();
        }
        BuilderForm prepared = BuilderForm.lastWeek(clock.millis());
        return Optional.of(new Card(moduleId(), texts.text("export.card.title"), List.of(), null,
                List.of(new Card.Row(texts.text("export.card.prepared"), texts.text("export.card.lastweek")),
                        new Card.Row(texts.text("export.card.what"), texts.text("export.card.formats"))),
                "/export/games/" + game.id() + "?" + prepared.query(), texts.text("export.card.link")));
    }
}
