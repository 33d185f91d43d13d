package org.polymetric.streamstats.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.polymetric.streamstats.domain.DeviceHour;
import org.polymetric.streamstats.domain.Series;
import org.polymetric.streamstats.domain.TimeWindow;
import org.polymetric.streamstats.service.SeriesReads;
import org.polymetric.streamstats.service.Summaries;
import org.polymetric.streamstats.service.SummaryRow;
import org.polymetric.streamstats.store.DeviceRowReader;
import org.polymetric.streamstats.store.Place;
import org.polymetric.streamstats.store.RollupFigures;

/**
 * The stream stats card of a game's overview: the viewers of the latest complete 5 minutes by
 * class (cdn, p2p, not p2p compatible), as the game's page and {@code /last_point} count them, the
 * throughput and rebuffering of those minutes, and the throughput over 24 hours; and the
 * {@code viewers} ranking, those minutes' viewers. Viewers of the game, as for its pages.
 */
@ApplicationScoped
public class StreamstatsCard implements GameOverview {
    static final String VIEWERS = "viewers";

    private final CardTexts texts = CardTexts.of("streamstats", StreamstatsCard.class);

    @Inject
    AccessGuard guard;

    @Inject
    Summaries summaries;

    @Inject
    SeriesReads series;

    @Inject
    DeviceRowReader devices;

    @Override
    public String moduleId() {
        return "streamstats";
    }

    @Override
    public Optional<Card> card(GameCard game) {
        if (!guard.can(Permissions.viewGame(game.id()))) {
            return Optional.empty();
        }
        Series day = TimeWindow.DAY.series(System.currentTimeMillis());
        Series last = lastPoint(day);
        Optional<SummaryRow> live = summaries.aggregate(game.id(), Place.customer(), last);
        double kbps = live.map(r -> r.throughput().total()).orElse(0.0);
        double rebuffering = LivePoint.rebufferingPercent(series.points(game.id(), Place.customer(), last, RollupFigures.REBUFFERING));
        List<Figure> figures = List.of(
                Figure.of(texts.text("streamstats.card.cdn"), CardTexts.count(live.map(SummaryRow::cdnDevices).orElse(0L))),
                Figure.of(texts.text("streamstats.card.p2p"), CardTexts.count(live.map(SummaryRow::p2pDevices).orElse(0L))),
                Figure.of(texts.text("streamstats.card.incompatible"),
                        CardTexts.count(live.map(SummaryRow::notCompatibleDevices).orElse(0L))),
                Figure.of(texts.text("streamstats.card.throughput"), texts.text("streamstats.card.kbps", CardTexts.decimal(kbps))),
                Figure.of(texts.text("streamstats.card.rebuffering"),
                        texts.text("streamstats.card.percent", CardTexts.decimal(rebuffering))));
        Trend trend = new Trend(texts.text("streamstats.card.trend"),
                LivePoint.throughputTrend(day, LivePoint.bytes(series.points(game.id(), Place.customer(), day, RollupFigures.BYTES))));
        return Optional.of(new Card(moduleId(), texts.text("streamstats.card.title"), figures, trend, List.of(),
                "/streamstats/games/" + game.id(), texts.text("streamstats.card.link")));
    }

    /** The latest complete point of the day's window: what the card's figures and the ranking count. */
    private static Series lastPoint(Series day) {
        return new Series(day.lastPoint(), day.spacingMs(), 1, day.level());
    }

    @Override
    public List<Ranking> rankings() {
        return List.of(new Ranking(VIEWERS, texts.text("streamstats.card.rank.viewers")));
    }

    @Override
    public Map<Long, Ranked> rank(String rankingKey, Collection<GameCard> games) {
        List<Long> ids = games.stream().filter(g -> guard.can(Permissions.viewGame(g.id()))).map(GameCard::id).toList();
        if (!VIEWERS.equals(rankingKey) || ids.isEmpty()) {
            return Map.of();
        }
        Series day = TimeWindow.DAY.series(System.currentTimeMillis());
        long lastPoint = day.lastPoint();
        long first = lastPoint - (LivePoint.VIEWER_POINTS - 1) * day.spacingMs();
        Map<Long, Ranked> out = new HashMap<>();
        devices.viewersPerSlot(ids, Math.floorDiv(first, DeviceHour.MILLIS) * DeviceHour.MILLIS,
                Math.floorDiv(lastPoint, DeviceHour.MILLIS) * DeviceHour.MILLIS).forEach((id, perSlot) -> {
                    long now = perSlot.getOrDefault(lastPoint, 0L);
                    out.put(id, new Ranked(now, CardTexts.count(now), LivePoint.viewerTrend(perSlot, lastPoint, day.spacingMs())));
                });
        return out;
    }
}
