package org.polymetric.portal.overview;

import java.util.List;
import java.util.Locale;
import org.polymetric.kernel.overview.Card;
import org.polymetric.kernel.overview.Figure;
import org.polymetric.kernel.overview.Sparkline;

/**
 * A card as the page renders it: its figures with their change written out, its trend drawn.
 *
 * @param sparkline the trend's SVG markup (escaped by {@link Sparkline}), or {@code null}
 * @param link      the module's page for the game, or {@code null} when the card's link is not a
 *                  path in the portal (a card never links off-site or to a script)
 */
public record CardView(String moduleId, String title, List<FigureView> figures, String sparkline, List<Card.Row> rows,
                       String link, String linkLabel) {

    /** A figure as shown: {@code change} is {@code null} when none can be computed. */
    public record FigureView(String label, String value, String direction, String change) {
        static FigureView of(Figure f) {
            return new FigureView(f.label(), f.value(), f.direction(),
                    f.change().isPresent() ? changeText(f.change().getAsDouble()) : null);
        }
    }

    public static CardView of(Card card) {
        String link = card.link() != null && card.link().startsWith("/") && !card.link().startsWith("//") ? card.link() : null;
        return new CardView(card.moduleId(), card.title(), card.figures().stream().map(FigureView::of).toList(),
                card.trend() == null ? null : Sparkline.svg(card.trend()), card.rows(), link, card.linkLabel());
    }

    /**
     * A change in percent with its sign: whole percents from 10 % on, one decimal below, so a
     * small change is not shown as "+0 %" next to an arrow saying it grew.
     */
    static String changeText(double percent) {
        String pattern = Math.abs(percent) >= 10 ? "%+.0f %%" : "%+.1f %%";
        return String.format(Locale.ROOT, pattern, percent);
    }
}
