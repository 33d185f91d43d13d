package org.polymetric.events.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.polymetric.events.domain.Period;
import org.polymetric.events.read.DailyUsers;
import org.polymetric.events.read.EventRow;
import org.polymetric.events.read.Reports;
import org.polymetric.events.read.RollupReader;
import org.polymetric.kernel.overview.Card;
import org.polymetric.kernel.overview.CardTexts;
import org.polymetric.kernel.overview.Figure;
import org.polymetric.kernel.overview.GameOverview;
import org.polymetric.kernel.overview.Ranked;
import org.polymetric.kernel.overview.Ranking;
import org.polymetric.kernel.overview.Trend;
import org.polymetric.kernel.security.AccessGuard;
import org.polymetric.kernel.security.Permissions;
import org.polymetric.kernel.tenancy.GameActivity;
import org.polymetric.kernel.tenancy.GameCard;

/**
 * The events card of a game's overview: sessions, users and new users today, new users over the
 * last 7 days against the 7 before, sessions per day over 30 days and the week's top events; and
 * the {@code users} ranking, active users over the last 7 days as the organizations module shows
 * them ({@link GameActivity}). Viewers of the game, as for the dashboard.
 */
@ApplicationScoped
public class EventsCard implements GameOverview {
    static final String USERS = "users";
    /** Days of the sessions trend. */
    static final int TREND_DAYS = 30;
    static final int TOP_EVENTS = 5;
    /** Countly's prefix of its own events ({@code [CLY]_view}…), which its event lists leave out. */
    private static final String INTERNAL = "[CLY]";

    private final CardTexts texts = CardTexts.of("events", EventsCard.class);

    @Inject
    AccessGuard guard;

    @Inject
    Reports reports;

    @Inject
    RollupReader rollups;

    @Inject
    GameActivity activity;

    @Inject
    DailyUsers dailyUsers;

    @Override
    public String moduleId() {
        return "events";
    }

    @Override
    public Optional<Card> card(GameCard game) {
        if (!guard.can(Permissions.viewGame(game.id()))) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(game.zone());
        List<Reports.Day> days = reports.days(game.id(), new Period(today.minusDays(TREND_DAYS - 1L), today, "30days"));
        CardFigures f = CardFigures.of(days, today);
        List<Figure> figures = List.of(
                Figure.of(texts.text("events.card.sessions"), CardTexts.count(f.sessionsToday())),
                Figure.of(texts.text("events.card.users"), CardTexts.count(f.usersToday())),
                Figure.of(texts.text("events.card.fresh"), CardTexts.count(f.freshToday())),
                Figure.compared(texts.text("events.card.freshweek"), CardTexts.count(f.freshWeek()), f.freshWeek(),
                        f.earlierFresh()));
        Trend trend = new Trend(texts.text("events.card.trend"), days.stream().map(d -> (double) d.sessions()).toList());
        List<Card.Row> rows = topEvents(game.id(), new Period(today.minusDays(CardFigures.WEEK - 1L), today, "7days")).stream()
                .map(e -> new Card.Row(e.getKey(), CardTexts.count(e.getValue()))).toList();
        return Optional.of(new Card(moduleId(), texts.text("events.card.title"), figures, trend, rows,
                "/events/games/" + game.id(), texts.text("events.card.link")));
    }

    /**
     * The game's own events (Countly's {@code [CLY]} ones left out) with the most occurrences over
     * the period, most first: their totals summed per day in the database, a row per event and day.
     */
    private List<Map.Entry<String, Long>> topEvents(long gameId, Period period) {
        List<String> keys = rollups.eventCatalog(gameId).keySet().stream().filter(k -> !k.startsWith(INTERNAL)).toList();
        if (keys.isEmpty()) {
            return List.of();
        }
        Map<String, Long> counts = new HashMap<>();
        for (EventRow row : rollups.eventDays(gameId, keys, "", period)) {
            counts.merge(row.key(), row.c(), Long::sum);
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_EVENTS).toList();
    }

    @Override
    public List<Ranking> rankings() {
        return List.of(new Ranking(USERS, texts.text("events.card.rank.users")));
    }

    /** Active users of the last 7 days per game, with its users per day (the day's uniques) of the last 7 dates as its trend. */
    @Override
    public Map<Long, Ranked> rank(String rankingKey, Collection<GameCard> games) {
        List<Long> ids = games.stream().filter(g -> guard.can(Permissions.viewGame(g.id()))).map(GameCard::id).toList();
        if (!USERS.equals(rankingKey) || ids.isEmpty()) {
            return Map.of();
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate from = today.minusDays(CardFigures.WEEK - 1L);
        Map<Long, Map<LocalDate, Long>> daily = dailyUsers.of(ids, from, today);
        Map<Long, Ranked> out = new HashMap<>();
        activity.of(ids).forEach((id, active) -> {
            Map<LocalDate, Long> byDay = daily.getOrDefault(id, Map.of());
            List<Double> trend = new ArrayList<>();
            for (LocalDate d = from; !d.isAfter(today); d = d.plusDays(1)) {
                trend.add((double) byDay.getOrDefault(d, 0L));
            }
            out.put(id, new Ranked(active.wau(), CardTexts.count(active.wau()), trend));
        });
        return out;
    }
}
