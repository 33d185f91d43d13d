package org.polymetric.counters.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.polymetric.counters.domain.Counter;
import org.polymetric.counters.domain.License;
import org.polymetric.counters.domain.Region;
import org.polymetric.counters.domain.TimeRange;
import org.polymetric.counters.service.CounterOverview;
import org.polymetric.counters.service.GamePeaks;
import org.polymetric.counters.service.Licenses;
import org.polymetric.kernel.overview.Card;
import org.polymetric.kernel.overview.CardTexts;
import org.polymetric.kernel.overview.Figure;
import org.polymetric.kernel.overview.GameOverview;
import org.polymetric.kernel.overview.Ranked;
import org.polymetric.kernel.overview.Ranking;
import org.polymetric.kernel.overview.Trend;
import org.polymetric.kernel.security.AccessGuard;
import org.polymetric.kernel.security.Permissions;
import org.polymetric.kernel.tenancy.GameCard;

/**
 * The counters card of a game's overview: CCU now and its 24-hour peak (regions added up), each
 * region's CCU now and peak, rooms now, and for callers who may view the organization its newest
 * license's 24-hour CCU peak against its limit; and the {@code ccu} ranking, the 24-hour peak.
 * Viewers of the game, as for the counters pages; the license is the organization's, so its
 * viewers only.
 */
@ApplicationScoped
public class CountersCard implements GameOverview {
    static final String CCU = "ccu";

    private final CardTexts texts = CardTexts.of("counters", CountersCard.class);

    @Inject
    AccessGuard guard;

    @Inject
    CounterOverview overview;

    @Inject
    GamePeaks peaks;

    @Inject
    Licenses licenses;

    @Override
    public String moduleId() {
        return "counters";
    }

    @Override
    public Optional<Card> card(GameCard game) {
        if (!guard.can(Permissions.viewGame(game.id()))) {
            return Optional.empty();
        }
        TimeRange range = peaks.lastDay();
        CounterOverview.Stored stored = overview.storedOf(game.id(), null);
        List<Region> regions = new ArrayList<>(stored.regions());
        List<CounterOverview.Line> lines = regions.isEmpty() ? List.of()
                : overview.ofGame(game.id(), game.key(), stored.shown(), List.of(Counter.CCU, Counter.ROOMS), regions, range);
        // with one cloud and cluster the lines hold every Ccu series of the game: their xports are the peak's steps
        GamePeaks.Peak peak = stored.clusters().size() <= 1
                ? GamePeaks.ofXports(lines.stream().filter(l -> l.counter() == Counter.CCU).map(CounterOverview.Line::xport).toList())
                : peaks.of(List.of(game.id()), range).getOrDefault(game.id(), new GamePeaks.Peak(0, List.of()));
        List<Card.Row> rows = new ArrayList<>();
        long ccuNow = 0;
        long roomsNow = 0;
        for (CounterOverview.Line line : lines) {
            long now = recent(line, range);
            if (line.counter() == Counter.CCU) {
                ccuNow += now;
                if (line.hasData() || line.current() != null) {
                    rows.add(new Card.Row(line.region().token(), texts.text("counters.card.region", CardTexts.count(now),
                            line.hasData() ? CardTexts.count(line.spread().peak().longValue()) : "0")));
                }
            } else {
                roomsNow += now;
            }
        }
        List<Figure> figures = new ArrayList<>(List.of(
                Figure.of(texts.text("counters.card.ccu"), CardTexts.count(ccuNow)),
                Figure.of(texts.text("counters.card.peak"), CardTexts.count(peak.peak())),
                Figure.of(texts.text("counters.card.rooms"), CardTexts.count(roomsNow))));
        licenses.listed(game.organizationId()).flatMap(all -> all.stream().max(Comparator.comparing(License::createdAt)))
                .ifPresent(license -> figures.add(licenseFigure(license, range)));
        Trend trend = new Trend(texts.text("counters.card.trend"), peak.steps());
        return Optional.of(new Card(moduleId(), texts.text("counters.card.title"), figures, trend, rows,
                "/counters/games/" + game.id(), texts.text("counters.card.link")));
    }

    /** A series' latest value when taken within the range ("now"), else 0: a region silent for a day has no one on it. */
    private static long recent(CounterOverview.Line line, TimeRange range) {
        CounterOverview.Current c = line.current();
        return c == null || c.at().isBefore(range.start()) ? 0 : c.value().longValue();
    }

    private Figure licenseFigure(License license, TimeRange range) {
        long peak = overview.ofLicense(license.hash(), range).stream().filter(l -> l.counter() == Counter.LICENSE_CCU)
                .filter(CounterOverview.Line::hasData).mapToLong(l -> l.spread().peak().longValue()).max().orElse(0);
        String label = texts.text("counters.card.license", license.name());
        return license.ccuLimit() == null ? Figure.of(label, CardTexts.count(peak))
                : Figure.of(label, texts.text("counters.card.limit", CardTexts.count(peak), CardTexts.count(license.ccuLimit())));
    }

    @Override
    public List<Ranking> rankings() {
        return List.of(new Ranking(CCU, texts.text("counters.card.rank.ccu")));
    }

    @Override
    public Map<Long, Ranked> rank(String rankingKey, Collection<GameCard> games) {
        List<Long> ids = games.stream().filter(g -> guard.can(Permissions.viewGame(g.id()))).map(GameCard::id).toList();
        if (!CCU.equals(rankingKey) || ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Ranked> out = new HashMap<>();
        peaks.of(ids, peaks.lastDay()).forEach((id, p) -> out.put(id, new Ranked(p.peak(), CardTexts.count(p.peak()), p.steps())));
        return out;
    }
}
