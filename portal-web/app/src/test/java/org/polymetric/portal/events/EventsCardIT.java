package org.polymetric.portal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.polymetric.portal.OverviewCards.figures;
import static org.polymetric.portal.OverviewCards.overview;
import static org.polymetric.portal.OverviewCards.present;
import static org.polymetric.portal.events.EventsFixtures.ISTANBUL;
import static org.polymetric.portal.events.EventsFixtures.epoch;
import static org.polymetric.portal.events.EventsFixtures.sdk;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.OverviewCards;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.PortalIT;

/**
 * The events card on a game's overview, from sessions written through Countly's {@code /i}: game
 * "Week" has a new user 10 days ago (the week before the last 7) and today sessions of that user
 * and two new ones (one with an end), and 3 purchases; game "Fresh" has one new user today and
 * nothing before. Days are cut in Europe/Istanbul.
 */
class EventsCardIT extends PortalIT {
    static long week;
    static long fresh;
    static String owner;
    static String viewer;
    static String outsider;

    @BeforeEach
    void seedOnce() throws Exception {
        if (owner != null) {
            return;
        }
        long org = Fixtures.organization(Fixtures.unique("Events card"));
        long studio = Fixtures.studio(org, "Card studio");
        week = EventsFixtures.game(studio, "Week", ISTANBUL);
        fresh = EventsFixtures.game(studio, "Fresh", ISTANBUL);
        viewer = EventsFixtures.person("cardviewer", "game", week, "viewer");
        outsider = EventsFixtures.person("cardoutsider", "organization", Fixtures.organization(Fixtures.unique("Other")), "owner");

        EventsFixtures.awayFromMidnight(ISTANBUL);
        LocalDate today = LocalDate.now(ISTANBUL);
        long now = System.currentTimeMillis() / 1000;
        PortalClient c = client();
        String key = EventsFixtures.appKey(week);
        sdk(c, key, "e1", epoch(today.minusDays(10), 12, 0, ISTANBUL), "begin_session", "1");
        sdk(c, key, "e1", now - 150, "begin_session", "1");
        sdk(c, key, "t1", now - 120, "begin_session", "1");
        sdk(c, key, "t1", now - 60, "end_session", "1", "session_duration", "60");
        sdk(c, key, "t2", now - 100, "begin_session", "1");
        sdk(c, key, "t1", now - 90, "events", "[{\"key\":\"purchase\",\"count\":2},{\"key\":\"level_up\",\"count\":1}]");
        sdk(c, key, "t2", now - 80, "events", "[{\"key\":\"purchase\",\"count\":1}]");
        sdk(c, EventsFixtures.appKey(fresh), "f1", now - 100, "begin_session", "1");
        owner = EventsFixtures.person("cardowner", "organization", org, "owner");
    }

    private PortalClient signedIn(String email) {
        PortalClient c = client();
        c.loginOrFail(email, Fixtures.PASSWORD);
        return c;
    }

    @Test
    void theCardShowsTodayAndTheWeekAgainstTheWeekBefore() {
        Element card = present(overview(signedIn(owner), week), "events");
        assertEquals("Analytics", card.selectFirst("h2").text());
        Map<String, String> values = new LinkedHashMap<>(OverviewCards.values(card));
        assertEquals(Map.of("Sessions today", "3", "Users today", "3", "New users today", "2", "New users, last 7 days", "2"),
                values);
        assertEquals(List.of("Sessions today", "Users today", "New users today", "New users, last 7 days"),
                List.copyOf(values.keySet()), "in the card's order");
        OverviewCards.Shown newWeek = figures(card).get("New users, last 7 days");
        assertEquals("up", newWeek.direction(), "2 new users against 1 the week before");
        assertTrue(newWeek.change().contains("100"), newWeek.change());
        assertEquals("neutral", figures(card).get("Sessions today").direction(), "today's figures have no change");
        assertEquals(List.of(List.of("purchase", "3"), List.of("level_up", "1")), OverviewCards.rows(card), "the week's events by count");
        assertEquals("Sessions, last 30 days", OverviewCards.trend(card));
        assertEquals("/events/games/" + week, OverviewCards.link(card));
    }

    @Test
    void aGameWithoutAnEarlierWeekShowsTheChangeAsNeutral() {
        Element card = present(overview(signedIn(owner), fresh), "events");
        OverviewCards.Shown newWeek = figures(card).get("New users, last 7 days");
        assertEquals("1", newWeek.value());
        assertEquals("neutral", newWeek.direction(), "no earlier period is not growth");
        assertNull(newWeek.change(), "no change is shown");
        assertEquals(List.of(), OverviewCards.rows(card), "no events");
    }

    @Test
    void viewersOfTheGameSeeTheCardAndOthersNoOverview() {
        Element card = present(overview(signedIn(viewer), week), "events");
        assertEquals("3", OverviewCards.values(card).get("Sessions today"));
        assertEquals(404, OverviewCards.status(signedIn(viewer), fresh), "a game of the organization the viewer has no access to");
        assertEquals(404, OverviewCards.status(signedIn(outsider), week), "another organization's game");
    }

    @Test
    void theGamesListAndTheDashboardLinkToTheOverview() {
        PortalClient c = signedIn(viewer);
        assertEquals(List.of("/games/" + week), OverviewCards.overviewLinks(OverviewCards.page(c, "/events")));
        assertEquals(List.of("/games/" + week), OverviewCards.overviewLinks(OverviewCards.page(c, "/events/games/" + week)));
    }
}
