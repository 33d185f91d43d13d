package org.polymetric.events.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DailyUsersTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final LocalDate FROM = TODAY.minusDays(6);

    /** The rollups as stored: each game's users per day; and every read asked of them. */
    private final Map<Long, Map<LocalDate, Long>> stored = new TreeMap<>();
    private final List<String> asked = new ArrayList<>();
    private final DailyUsers daily = new DailyUsers();
    private Instant now = Instant.parse("2026-12-06T12:00:00Z");

    @BeforeEach
    void wire() {
        daily.rollups = new RollupReader() {
            @Override
            public Map<Long, Map<LocalDate, Long>> dailyUsers(Collection<Long> gameIds, LocalDate from, LocalDate to) {
                asked.add(new TreeSet<>(gameIds) + " " + from + ".." + to);
                Map<Long, Map<LocalDate, Long>> out = new TreeMap<>();
                for (long id : gameIds) {
                    Map<LocalDate, Long> days = new TreeMap<>(stored.getOrDefault(id, Map.of()));
                    days.keySet().removeIf(d -> d.isBefore(from) || d.isAfter(to));
                    if (!days.isEmpty()) {
                        out.put(id, days);
                    }
                }
                return out;
            }
        };
        daily.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        stored.put(1L, new TreeMap<>(Map.of(FROM, 5L, TODAY.minusDays(1), 7L, TODAY, 2L)));
        stored.put(2L, new TreeMap<>(Map.of(TODAY, 1L)));
    }

    @Test
    void closedDaysAreReadOnceAndTodayEveryTime() {
        Map<Long, Map<LocalDate, Long>> first = daily.of(List.of(1L, 2L), FROM, TODAY);
        assertEquals(Map.of(FROM, 5L, TODAY.minusDays(1), 7L, TODAY, 2L), first.get(1L));
        stored.get(1L).put(TODAY, 9L);
        stored.get(1L).put(TODAY.minusDays(1), 8L);
        Map<Long, Map<LocalDate, Long>> second = daily.of(List.of(1L, 2L), FROM, TODAY);
        assertEquals(Map.of(FROM, 5L, TODAY.minusDays(1), 7L, TODAY, 9L), second.get(1L), "today anew, the closed days as kept");
        assertEquals(Map.of(TODAY, 1L), second.get(2L));
        assertEquals(List.of("[1, 2] " + FROM + ".." + TODAY, "[1, 2] " + TODAY + ".." + TODAY), asked);
    }

    @Test
    void aLateSessionForAPastDayShowsOnceTheKeptDaysExpire() {
        daily.of(List.of(1L), FROM, TODAY);
        stored.get(1L).put(TODAY.minusDays(1), 8L);
        now = now.plus(DailyUsers.KEPT);
        assertEquals(8L, daily.of(List.of(1L), FROM, TODAY).get(1L).get(TODAY.minusDays(1)));
    }

    @Test
    void aNewDayOrAnotherGameIsReadWhole() {
        daily.of(List.of(1L), FROM, TODAY);
        asked.clear();
        daily.of(List.of(1L, 3L), FROM, TODAY);
        daily.of(List.of(1L), FROM.plusDays(1), TODAY.plusDays(1));
        assertEquals(List.of("[3] " + FROM + ".." + TODAY, "[1] " + TODAY + ".." + TODAY,
                "[1] " + FROM.plusDays(1) + ".." + TODAY.plusDays(1)), asked);
    }
}
