package org.polymetric.events.read;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Games' users per UTC day up to today, for the organization overview's ranking: each game's
 * closed days are read once and kept for {@link #KEPT}, today is read every time. The ranking asks
 * for every game of an organization on every page view, and a week of hourly rows a game was most
 * of that page's database time. A late session for a past day (an SDK that was offline) shows
 * within {@link #KEPT}. Bounded: at most {@link #MOST_GAMES} games kept, all dropped when full.
 */
@ApplicationScoped
public class DailyUsers {
    static final Duration KEPT = Duration.ofMinutes(10);
    static final int MOST_GAMES = 20_000;

    @Inject
    RollupReader rollups;

    Clock clock = Clock.systemUTC();

    /** A game's closed days from {@code from} to the day before {@code today}, read at some time. */
    private record Closed(LocalDate from, LocalDate today, Map<LocalDate, Long> days, Instant until) {
    }

    private final ConcurrentHashMap<Long, Closed> closed = new ConcurrentHashMap<>();

    /** Each game's users per day from {@code from} to {@code today} (the days' uniques); a day without users is left out. */
    public Map<Long, Map<LocalDate, Long>> of(Collection<Long> gameIds, LocalDate from, LocalDate today) {
        Instant now = clock.instant();
        Map<Long, Closed> fresh = new HashMap<>();
        List<Long> stale = new ArrayList<>();
        for (long id : gameIds) {
            Closed c = closed.get(id);
            if (c != null && c.from().equals(from) && c.today().equals(today) && now.isBefore(c.until())) {
                fresh.put(id, c);
            } else {
                stale.add(id);
            }
        }
        Map<Long, Map<LocalDate, Long>> out = new HashMap<>();
        if (!stale.isEmpty()) {
            Map<Long, Map<LocalDate, Long>> read = rollups.dailyUsers(stale, from, today);
            if (closed.size() + stale.size() > MOST_GAMES) {
                closed.clear();
            }
            for (long id : stale) {
                Map<LocalDate, Long> days = read.getOrDefault(id, Map.of());
                Map<LocalDate, Long> past = new TreeMap<>(days);
                past.remove(today);
                closed.put(id, new Closed(from, today, Map.copyOf(past), now.plus(KEPT)));
                out.put(id, days);
            }
        }
        if (!fresh.isEmpty()) {
            Map<Long, Map<LocalDate, Long>> todays = rollups.dailyUsers(fresh.keySet(), today, today);
            fresh.forEach((id, c) -> {
                Map<LocalDate, Long> days = new TreeMap<>(c.days());
                days.putAll(todays.getOrDefault(id, Map.of()));
                out.put(id, days);
            });
        }
        return out;
    }
}
