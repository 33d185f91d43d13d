package org.polymetric.portal.sample;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.polymetric.kernel.overview.Card;
import org.polymetric.kernel.overview.Figure;
import org.polymetric.kernel.overview.GameOverview;
import org.polymetric.kernel.overview.Ranked;
import org.polymetric.kernel.overview.Ranking;
import org.polymetric.kernel.overview.Trend;
import org.polymetric.kernel.tenancy.GameCard;

/**
 * The sample module's card: one figure of each direction (and one without an earlier period), a
 * trend, a row and a link, so the portal's rendering of the SPI is tested apart from any dialect.
 * A game titled with "explode" makes the card fail, as a module's bug would. Games rank by the
 * number their title ends with ({@code samplescore}, games without one left out) or by their
 * title's length ({@code samplelength}).
 */
@ApplicationScoped
public class SampleOverview implements GameOverview {
    private static final Pattern TRAILING_NUMBER = Pattern.compile("(\\d+)$");

    @Override
    public String moduleId() {
        return "sample";
    }

    @Override
    public Optional<Card> card(GameCard game) {
        if (game.title().contains("explode")) {
            throw new IllegalStateException("the sample card of '" + game.title() + "' fails on purpose");
        }
        return Optional.of(new Card("sample", "Sample of " + game.title(),
                List.of(Figure.compared("Up", "112", 112, 100), Figure.compared("Down", "50", 50, 100),
                        Figure.compared("Small", "1 004", 1004, 1000), Figure.compared("No earlier", "3", 3, 0),
                        Figure.of("Plain", "7")),
                new Trend("Sample <trend>", List.of(1.0, 3.0, 2.0)), List.of(new Card.Row("Region eu", "4")),
                "/sample", "Open the sample"));
    }

    @Override
    public List<Ranking> rankings() {
        return List.of(new Ranking("samplescore", "Sample score"), new Ranking("samplelength", "Title length"));
    }

    @Override
    public Map<Long, Ranked> rank(String rankingKey, Collection<GameCard> games) {
        Map<Long, Ranked> ranked = new HashMap<>();
        for (GameCard g : games) {
            if (rankingKey.equals("samplelength")) {
                ranked.put(g.id(), new Ranked(g.title().length(), g.title().length() + " chars", List.of(1.0, 2.0)));
                continue;
            }
            Matcher m = TRAILING_NUMBER.matcher(g.title());
            if (m.find()) {
                double v = Double.parseDouble(m.group(1));
                ranked.put(g.id(), new Ranked(v, "score " + m.group(1), List.of(v / 2, v)));
            }
        }
        return ranked;
    }
}
