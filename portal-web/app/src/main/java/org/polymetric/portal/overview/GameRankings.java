package org.polymetric.portal.overview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.polymetric.kernel.overview.GameOverview;
import org.polymetric.kernel.overview.Ranked;
import org.polymetric.kernel.overview.Ranking;
import org.polymetric.kernel.tenancy.GameCard;

/** The figures games can be ranked by, from every module present, and each game's value of one. */
@ApplicationScoped
public class GameRankings {
    @Inject
    Overviews overviews;

    /** A ranking and the module that answers it. */
    record Offered(Ranking ranking, GameOverview module) {
    }

    /** Every module's rankings, in module order; a key offered twice is the first module's. */
    List<Offered> offered() {
        List<Offered> all = new ArrayList<>();
        for (GameOverview bean : overviews.all()) {
            for (Ranking r : overviews.ask(bean, "rankings", bean::rankings, List.<Ranking>of())) {
                if (all.stream().noneMatch(o -> o.ranking().key().equals(r.key()))) {
                    all.add(new Offered(r, bean));
                }
            }
        }
        return all;
    }

    /** The ranking {@code key} names, else the first offered; empty when no module offers any. */
    Optional<Offered> chosen(List<Offered> offered, String key) {
        return offered.stream().filter(o -> o.ranking().key().equals(key)).findFirst()
                .or(() -> offered.stream().findFirst());
    }

    /** Each game's value, asked of the module once for all of them; empty when it fails. */
    Optional<Map<Long, Ranked>> values(Offered ranking, Collection<GameCard> games) {
        GameOverview module = ranking.module();
        return overviews.ask(module, "ranking '" + ranking.ranking().key() + "'",
                () -> Optional.of(module.rank(ranking.ranking().key(), games)), Optional.empty());
    }
}
