package org.polymetric.kernel.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CardTextsTest {
    @Test
    void countsAreGroupedByThousands() {
        assertEquals("0", CardTexts.count(0));
        assertEquals("999", CardTexts.count(999));
        assertEquals("12,345", CardTexts.count(12_345));
    }

    @Test
    void decimalsKeepOneFigureAndDropAWholeOnesFraction() {
        assertEquals("3.2", CardTexts.decimal(3.24));
        assertEquals("12", CardTexts.decimal(12.0));
        assertEquals("12", CardTexts.decimal(11.96));
        assertEquals("0", CardTexts.decimal(0));
    }

    @Test
    void runsFoldIntoAtMostThePoints() {
        List<Double> values = List.of(1.0, 5.0, 2.0, 3.0, 4.0, 0.0, 7.0);
        assertEquals(List.of(5.0, 3.0, 4.0, 7.0), CardTexts.folded(values, 4, CardTexts.Fold.MAX));
        assertEquals(List.of(6.0, 5.0, 4.0, 7.0), CardTexts.folded(values, 4, CardTexts.Fold.SUM));
        assertEquals(List.of(8.0, 7.0, 7.0), CardTexts.folded(values, 3, CardTexts.Fold.SUM));
        assertEquals(values, CardTexts.folded(values, 7, CardTexts.Fold.SUM), "few enough values stay as they are");
    }

    @Test
    void aChangeWithoutAnEarlierPeriodIsNeutral() {
        assertEquals("neutral", Figure.compared("x", "5", 5, 0).direction());
        assertEquals("up", Figure.compared("x", "5", 5, 4).direction());
        assertEquals(25.0, Figure.compared("x", "5", 5, 4).change().getAsDouble(), 1e-9);
        assertEquals("down", Figure.compared("x", "3", 3, 4).direction());
        assertEquals("neutral", Figure.compared("x", "4", 4, 4).direction());
    }
}
