package org.polymetric.streamstats.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.polymetric.streamstats.domain.Paging;
import org.polymetric.streamstats.domain.TimeWindow;

/** The pages' parameters: defaults, the links they make, and every refusal as the page's own 400 with the domain's sentence. */
class PageQueryTest {

    @Test
    void defaultsAreLiveKeyOrderFirstPage() {
        PageQuery q = PageQuery.of(null, null, null, null);
        assertEquals(TimeWindow.LIVE, q.window());
        assertEquals(SortColumn.KEY, q.sort());
        assertFalse(q.descending());
        assertEquals(new Paging(0, PageQuery.PER_PAGE), q.paging());
        assertTrue(q.live());
        assertNull(q.sort().order(false), "key order ascending is the listing's own: the service pages it");
    }

    @Test
    void linksKeepTheWindowAndOrder() {
        PageQuery q = PageQuery.of("24h", "total_throughput", "desc", "2");
        assertEquals("time=24h&sort=total_throughput&dir=desc&page=3", q.params(q.sort(), q.descending(), 3));
        assertEquals("time=1h&sort=total_throughput&dir=desc", q.params(TimeWindow.HOUR), "another window starts at the first page");
        assertEquals("time=24h&sort=total_throughput&dir=asc", q.sortParams(SortColumn.TOTAL_THROUGHPUT), "the sorted column flips");
        assertEquals("time=24h&sort=cdn_devices&dir=desc", q.sortParams(SortColumn.CDN_DEVICES), "figures start high");
        assertEquals("time=24h", q.sortParams(SortColumn.KEY), "the key starts in its own order");
    }

    @Test
    void badValuesAreThePagesOwn400() {
        assertEquals(TimeWindow.MESSAGE, assertThrows(PageRefusal.class, () -> PageQuery.of("1m", null, null, null)).getMessage());
        assertEquals(TimeWindow.MESSAGE, assertThrows(PageRefusal.class, () -> PageQuery.of("", null, null, null)).getMessage());
        assertEquals(Paging.PAGE_MESSAGE, assertThrows(PageRefusal.class, () -> PageQuery.of(null, null, null, "-1")).getMessage());
        assertEquals(Paging.PAGE_MESSAGE,
                assertThrows(PageRefusal.class, () -> PageQuery.of(null, null, null, "9".repeat(10_000))).getMessage());
        assertEquals(SortColumn.MESSAGE, assertThrows(PageRefusal.class, () -> PageQuery.of(null, "Key", null, null)).getMessage());
        assertEquals(SortColumn.DIRECTION_MESSAGE,
                assertThrows(PageRefusal.class, () -> PageQuery.of(null, null, "DESC", null)).getMessage());
        assertEquals(ChartMetric.MESSAGE, assertThrows(PageRefusal.class, () -> ChartMetric.parse(null)).getMessage());
    }
}
