package org.polymetric.portal.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polymetric.kernel.overview.Card;
import org.polymetric.kernel.overview.Figure;

/** A card as rendered: changes with their sign, small ones with a decimal; only portal paths as links. */
class CardViewTest {

    @Test
    void changesShowTheirSignAndSmallOnesADecimal() {
        assertEquals("+12 %", CardView.changeText(12.4));
        assertEquals("-50 %", CardView.changeText(-50));
        assertEquals("+0.4 %", CardView.changeText(0.4));
        assertEquals("-9.5 %", CardView.changeText(-9.54));
        assertEquals("+0.0 %", CardView.changeText(0));
    }

    @Test
    void aFigureWithoutAnEarlierPeriodHasNoChangeAndIsNeutral() {
        CardView.FigureView f = CardView.FigureView.of(Figure.compared("Users", "3", 3, 0));
        assertNull(f.change());
        assertEquals("neutral", f.direction());
    }

    @Test
    void onlyAPathInThePortalIsALink() {
        assertEquals("/events/games/1", view("/events/games/1").link());
        assertNull(view("//evil.example/x").link());
        assertNull(view("javascript:alert(1)").link());
        assertNull(view(null).link());
    }

    private static CardView view(String link) {
        return CardView.of(new Card("events", "Events", List.of(), null, List.of(), link, "Open"));
    }
}
