package org.polymetric.export.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.polymetric.kernel.overview.Card;
import org.polymetric.kernel.overview.CardTexts;
import org.polymetric.kernel.overview.GameOverview;
import org.polymetric.kernel.security.AccessGuard;
import org.polymetric.kernel.security.Permissions;
import org.polymetric.kernel.tenancy.GameCard;

/**
 * The export card of a game's overview: a link to the export builder with the game chosen (the
 * module keeps no saved exports to list). It reads nothing. Viewers of the game, as for the builder.
 */
@ApplicationScoped
public class ExportCard implements GameOverview {
    private final CardTexts texts = CardTexts.of("export", ExportCard.class);

    @Inject
    AccessGuard guard;

    @Override
    public String moduleId() {
        return "export";
    }

    @Override
    public Optional<Card> card(GameCard game) {
        if (!guard.can(Permissions.viewGame(game.id()))) {
            return Optional.empty();
        }
        return Optional.of(new Card(moduleId(), texts.text("export.card.title"), List.of(), null,
                List.of(new Card.Row(texts.text("export.card.what"), texts.text("export.card.formats"))),
                "/export/games/" + game.id(), texts.text("export.card.link")));
    }
}
