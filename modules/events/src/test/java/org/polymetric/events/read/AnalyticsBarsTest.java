package org.polymetric.events.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Countly's {@code extractBarData}: one-decimal shares of all values, the rounding difference fixed at one end. */
class AnalyticsBarsTest {

    private static List<String> percents(Map<String, Long> values) {
        return Analytics.bars(values).stream().map(b -> b.get("name") + "=" + b.get("value") + "/" + b.get("percent")).toList();
    }

    @Test
    void sharesKeepOneDecimal() {
        assertEquals(List.of("Android=2/66.7", "iOS=1/33.3"), percents(Map.of("Android", 2L, "iOS", 1L)));
    }

    @Test
    void sharesShortOfAHundredGiveTheDifferenceToTheBiggest() {
        assertEquals(List.of("a=1/33.4", "b=1/33.3", "c=1/33.3"), percents(Map.of("a", 1L, "b", 1L, "c", 1L)));
    }

    @Test
    void sharesOverAHundredTakeTheDifferenceFromTheSmallest() {
        // 42.9 + 42.9 + 14.3 = 100.1
        assertEquals(List.of("a=3/42.9", "b=3/42.9", "c=1/14.2"), percents(Map.of("a", 3L, "b", 3L, "c", 1L)));
    }

    @Test
    void onlyTheThreeBiggestAreShownButAllCountInTheShares() {
        assertEquals(List.of("a=4/40", "b=3/30", "c=2/20"), percents(Map.of("a", 4L, "b", 3L, "c", 2L, "d", 1L)));
    }
}
