package org.polymetric.portal.sample;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.polymetric.kernel.overview.Card;
import org.polymetric.kernel.overview.GameOverview;
import org.polymetric.kernel.overview.Ranking;
import org.polymetric.kernel.tenancy.GameCard;

/** A card whose module is in no descriptor (as if its descriptor were left out): the portal ignores it. */
@ApplicationScoped
public class OrphanOverview implements GameOverview {
    @Override
    public String moduleId() {
        return "orphan";
    }

    @Override
    public Optional<Card> card(GameCard game) {
        return Optional.of(new Card("orphan", "Orphan", List.of(), null, List.of(), "/orphan", "Orphan"));
    }

    @Override
    public List<Ranking> rankings() {
        return List.of(new Ranking("orphanscore", "Orphan score"));
    }
}
