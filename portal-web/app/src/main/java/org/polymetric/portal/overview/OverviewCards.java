package org.polymetric.portal.overview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.polymetric.kernel.overview.Card;
import org.polymetric.kernel.overview.GameOverview;
import org.polymetric.kernel.tenancy.GameCard;

/** Every module's card for a game, in module order; a module with nothing for this caller has no card. */
@ApplicationScoped
public class OverviewCards {
    @Inject
    Overviews overviews;

    public List<CardView> of(GameCard game) {
        List<CardView> cards = new ArrayList<>();
        for (GameOverview bean : overviews.all()) {
            overviews.ask(bean, "card", () -> bean.card(game), Optional.<Card>empty())
                    .ifPresent(card -> cards.add(CardView.of(card)));
        }
        return cards;
    }
}
