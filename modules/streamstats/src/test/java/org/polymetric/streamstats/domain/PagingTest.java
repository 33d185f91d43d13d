package org.polymetric.streamstats.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** page (from 0) and per_page: strict numbers, bounds, edges of the last page, the 400 messages. */
class PagingTest {

    @Test
    void withoutEitherTheAnswerIsNotPaginated() {
        assertEquals(Optional.empty(), Paging.parse(null, null));
    }

    @Test
    void perPageAloneIsPageZero() {
        assertEquals(Optional.of(new Paging(0, 5)), Paging.parse(null, "5"));
        assertEquals(Optional.of(new Paging(2, 5)), Paging.parse("2", "5"));
        assertEquals(Optional.of(new Paging(1_000_000, 1000)), Paging.parse("1000000", "1000"));
        assertEquals(Optional.of(new Paging(0, 7)), Paging.parse("0", "007"));
    }

    @Test
    void pagesOfRows() {
        List<Integer> rows = List.of(0, 1, 2, 3, 4, 5, 6);
        Paging first = new Paging(0, 5);
        assertEquals(2, first.totalPages(rows.size()));
        assertEquals(List.of(0, 1, 2, 3, 4), first.of(rows));
        assertEquals(List.of(5, 6), new Paging(1, 5).of(rows));
        assertEquals(List.of(), new Paging(2, 5).of(rows));
        assertEquals(List.of(), new Paging(1_000_000, 1000).of(rows));
        assertEquals(1, new Paging(0, 7).totalPages(7));
        assertEquals(2, new Paging(0, 7).totalPages(8));
        assertEquals(0, first.totalPages(0));
        assertEquals(List.of(), first.of(List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "1001", "-1", "+5", "5.0", "1e3", " 5", "５", "99999999999999999999"})
    void aBadPerPageIs400(String perPage) {
        BadParameter e = assertThrows(BadParameter.class, () -> Paging.parse("0", perPage));
        assertEquals("per_page must be a whole number from 1 to 1000", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-1", "1000001", "0x1", "1.5", "99999999999999999999", "٣"})
    void aBadPageIs400(String page) {
        BadParameter e = assertThrows(BadParameter.class, () -> Paging.parse(page, "5"));
        assertEquals("page must be a whole number from 0 to 1000000", e.getMessage());
    }

    @Test
    void pageWithoutPerPageIs400() {
        BadParameter e = assertThrows(BadParameter.class, () -> Paging.parse("0", null));
        assertEquals("page needs per_page", e.getMessage());
    }
}
