package org.polymetric.portal.overview;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.polymetric.kernel.overview.Ranked;
import org.polymetric.kernel.overview.Sparkline;
import org.polymetric.kernel.tenancy.GameCard;
import org.polymetric.kernel.web.CodePointOrder;

/**
 * One page of an organization's games in ranking order: highest value first, then by title (in
 * code point order) and id, so the order is the same on every request. A game the module left out
 * ranks as zero and shows no value.
 *
 * @param rows       this page's games
 * @param page       the page shown (1-based; a page past the last shows the last)
 * @param pages      how many pages there are (at least 1)
 * @param total      how many games were ranked
 */
public record RankedGames(List<Row> rows, int page, int pages, int total) {
    static final int PER_PAGE = 25;

    /**
     * A game's line.
     *
     * @param shown     the value as the module shows it, or {@code null} when it has none
     * @param sparkline the trend's SVG markup, or {@code null} when there is no ranking
     */
    public record Row(long gameId, String title, String studio, double value, String shown, String sparkline) {
    }

    /** What a game is before it is ranked: the game and its studio's name. */
    public record Candidate(GameCard game, String studio) {
    }

    /**
     * Ranks {@code candidates} by {@code values} ({@code null}: no ranking, by title) and cuts page
     * {@code page} out of it; {@code label} names each sparkline.
     */
    static RankedGames of(List<Candidate> candidates, Map<Long, Ranked> values, String label, int page) {
        List<Placed> all = candidates.stream()
                .map(c -> new Placed(c, values == null ? null : values.get(c.game().id())))
                .sorted(Comparator.comparingDouble(Placed::value).reversed()
                        .thenComparing(p -> p.candidate().game().title(), CodePointOrder.TEXT)
                        .thenComparingLong(p -> p.candidate().game().id()))
                .toList();
        int pages = Math.max(1, (all.size() + PER_PAGE - 1) / PER_PAGE);
        int shown = Math.min(Math.max(1, page), pages);
        int from = (shown - 1) * PER_PAGE;
        // only the page's sparklines are drawn
        List<Row> rows = all.subList(from, Math.min(all.size(), from + PER_PAGE)).stream()
                .map(p -> p.row(values != null, label)).toList();
        return new RankedGames(rows, shown, pages, all.size());
    }

    /** A candidate with its value, if the module gave one. */
    private record Placed(Candidate candidate, Ranked ranked) {
        double value() {
            return ranked == null || !Double.isFinite(ranked.value()) ? 0 : ranked.value();
        }

        Row row(boolean ranking, String label) {
            GameCard g = candidate.game();
            String line = ranking ? Sparkline.svg(label, ranked == null ? List.of() : ranked.trend()) : null;
            return new Row(g.id(), g.title(), candidate.studio(), value(), ranked == null ? null : ranked.shown(), line);
        }
    }

    /** The page {@code raw} names: a positive number, else the first. */
    static int page(String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > 9 || !raw.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(raw));
    }
}
