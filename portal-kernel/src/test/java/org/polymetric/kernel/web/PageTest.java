package org.polymetric.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageTest {
    private static final List<Integer> TWENTY_FIVE = IntStream.rangeClosed(1, 25).boxed().toList();

    @Test
    void firstPageHoldsTheFirstItemsAndTheTotal() {
        Page<Integer> page = Page.of(TWENTY_FIVE, new PageRequest(0, 10));
        assertEquals(IntStream.rangeClosed(1, 10).boxed().toList(), page.items());
        assertEquals(25, page.total());
    }

    @Test
    void middlePageSkipsTheOffset() {
        assertEquals(List.of(11, 12, 13), Page.of(TWENTY_FIVE, new PageRequest(10, 3)).items());
    }

    @Test
    void lastPageIsShort() {
        Page<Integer> page = Page.of(TWENTY_FIVE, new PageRequest(20, 10));
        assertEquals(List.of(21, 22, 23, 24, 25), page.items());
        assertEquals(25, page.total());
    }

    @Test
    void offsetPastTheEndGivesNoItemsButTheTotal() {
        Page<Integer> page = Page.of(TWENTY_FIVE, new PageRequest(40, 10));
        assertEquals(List.of(), page.items());
        assertEquals(25, page.total());
    }

    @Test
    void hugeOffsetDoesNotOverflow() {
        assertEquals(List.of(), Page.of(TWENTY_FIVE, new PageRequest(Integer.MAX_VALUE, 100)).items());
    }

    @Test
    void emptyListGivesAnEmptyPage() {
        Page<String> page = Page.of(List.of(), new PageRequest(0, 10));
        assertEquals(List.of(), page.items());
        assertEquals(0, page.total());
    }
}
