package org.polymetric.portal.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.polymetric.kernel.overview.Ranked;
import org.polymetric.kernel.tenancy.GameCard;

/** The ranking's order (value, then title, then id), games without a value as zero, and its pages. */
class RankedGamesTest {
    private static RankedGames.Candidate game(long id, String title) {
        return new RankedGames.Candidate(new GameCard(id, 1, 1, "k" + id, "s", ZoneOffset.UTC, title, GameCard.State.LIVE), "Studio");
    }

    private static List<Long> ids(RankedGames r) {
        return r.rows().stream().map(RankedGames.Row::gameId).toList();
    }

    @Test
    void highestFirstThenByTitleThenById() {
        List<RankedGames.Candidate> games = List.of(game(1, "b"), game(2, "a"), game(3, "c"), game(4, "a"), game(5, "z"));
        Map<Long, Ranked> values = Map.of(1L, new Ranked(5, "5", List.of()), 2L, new Ranked(5, "5", List.of()),
                3L, new Ranked(9, "9", List.of(1.0, 9.0)), 4L, new Ranked(5, "5", List.of()));
        RankedGames r = RankedGames.of(games, values, "Users", 1);
        assertEquals(List.of(3L, 2L, 4L, 1L, 5L), ids(r));
        RankedGames.Row missing = r.rows().get(4);
        assertNull(missing.shown(), "a game the module left out shows no value");
        assertTrue(missing.sparkline().contains("<title>Users</title>"));
        assertEquals("9", r.rows().get(0).shown());
    }

    @Test
    void withoutARankingGamesAreByTitleWithoutSparklines() {
        RankedGames r = RankedGames.of(List.of(game(1, "b"), game(2, "a")), null, "", 1);
        assertEquals(List.of(2L, 1L), ids(r));
        assertNull(r.rows().get(0).sparkline());
    }

    @Test
    void pagesOf25AndAPagePastTheLastShowsTheLast() {
        List<RankedGames.Candidate> games = new ArrayList<>();
        Map<Long, Ranked> values = new HashMap<>();
        for (long i = 1; i <= 60; i++) {
            games.add(game(i, "g" + i));
            values.put(i, new Ranked(i, String.valueOf(i), List.of()));
        }
        RankedGames first = RankedGames.of(games, values, "x", 1);
        assertEquals(25, first.rows().size());
        assertEquals(3, first.pages());
        assertEquals(60L, first.rows().get(0).gameId());
        RankedGames last = RankedGames.of(games, values, "x", 7);
        assertEquals(3, last.page());
        assertEquals(10, last.rows().size());
        assertEquals(1L, last.rows().get(9).gameId());
        assertEquals(1, RankedGames.of(List.of(), Map.of(), "x", 1).pages());
    }

    @Test
    void aPageIsAPositiveNumberElseTheFirst() {
        assertEquals(3, RankedGames.page("3"));
        assertEquals(1, RankedGames.page(null));
        assertEquals(1, RankedGames.page("0"));
        assertEquals(1, RankedGames.page("-2"));
        assertEquals(1, RankedGames.page("abc"));
        assertEquals(1, RankedGames.page("99999999999999"));
    }
}
