package org.polymetric.kernel.overview;

import java.util.List;

/**
 * A module's card on a game's overview: what the portal renders, the same way for every module.
 * Texts are ready to show (the module takes them from its own message bundle); the portal escapes them.
 *
 * @param moduleId  the module it comes from
 * @param title     the card's heading, e.g. the module's display name
 * @param figures   headline figures, in order (a few)
 * @param trend     a small trend drawn as a sparkline, or {@code null} for none
 * @param rows      a short list under the figures (top events, CCU per region…), possibly empty
 * @param link      the module's own page for this game (a path in the portal)
 * @param linkLabel the text of that link
 */
public record Card(String moduleId, String title, List<Figure> figures, Trend trend, List<Row> rows, String link,
                   String linkLabel) {
    public Card {
        figures = List.copyOf(figures);
        rows = List.copyOf(rows);
    }

    /** One line of a card's list: a label and its value as shown. */
    public record Row(String label, String value) {
    }
}
