package org.polymetric.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a game's overview ({@code /games/{id}}) and the organization's ranking ({@code /games})
 * as their HTML contract lays them out, for the tests of each module's card: a card is
 * {@code section.overview-card[data-module]}, a figure {@code div.figure[data-direction]} with its
 * label, value and change, rows {@code table.card-rows}, the trend an {@code svg.sparkline} titled
 * by its label, the ranking {@code table.ranking tr[data-game]} with {@code td.rank-value}.
 */
public final class OverviewCards {
    private OverviewCards() {
    }

    /** One figure as shown: its value, its change text (null when none) and its direction. */
    public record Shown(String value, String change, String direction) {
    }

    /** The page at {@code path}, which must answer 200 without a text missing from a bundle. */
    public static Document page(PortalClient c, String path) {
        HttpResponse<String> r = c.get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        assertFalse(r.body().contains("??"), path + " has a text missing from a bundle");
        return Jsoup.parse(r.body(), c.uri(path).toString());
    }

    /** The game's overview. */
    public static Document overview(PortalClient c, long game) {
        return page(c, "/games/" + game);
    }

    /** The status {@code /games/{id}} answers. */
    public static int status(PortalClient c, long game) {
        return c.get("/games/" + game).statusCode();
    }

    /** The module's card, or null when there is none. */
    public static Element card(Document d, String module) {
        return d.selectFirst("section.overview-card[data-module=" + module + "]");
    }

    /** The module's card, which must be there. */
    public static Element present(Document d, String module) {
        Element card = card(d, module);
        assertNotNull(card, "the " + module + " card: " + d.select("section.overview-card").eachAttr("data-module"));
        return card;
    }

    /** Each figure of the card by its label, in order. */
    public static Map<String, Shown> figures(Element card) {
        Map<String, Shown> out = new LinkedHashMap<>();
        for (Element f : card.select("div.figure")) {
            Element change = f.selectFirst("span.figure-change");
            out.put(f.selectFirst("span.figure-label").text(), new Shown(f.selectFirst("span.figure-value").text(),
                    change == null ? null : change.text(), f.attr("data-direction")));
        }
        return out;
    }

    /** Each figure's value by its label, in order. */
    public static Map<String, String> values(Element card) {
        Map<String, String> out = new LinkedHashMap<>();
        figures(card).forEach((label, shown) -> out.put(label, shown.value()));
        return out;
    }

    /** The card's rows, each as its label and value. */
    public static List<List<String>> rows(Element card) {
        return card.select("table.card-rows tr").stream()
                .map(tr -> List.of(tr.selectFirst("th").text(), tr.selectFirst("td").text())).toList();
    }

    /** The title of the card's sparkline, or null without one. */
    public static String trend(Element card) {
        Element svg = card.selectFirst("svg.sparkline");
        return svg == null ? null : svg.selectFirst("title").text();
    }

    /** The path of the card's link into the module. */
    public static String link(Element card) {
        return local(card.selectFirst("a.card-link"), "href");
    }

    /** The games of the ranking in order, each with its shown value: game id → value. */
    public static Map<Long, String> ranking(Document d) {
        Map<Long, String> out = new LinkedHashMap<>();
        for (Element tr : d.select("table.ranking tr[data-game]")) {
            Element value = tr.selectFirst("td.rank-value");
            out.put(Long.parseLong(tr.attr("data-game")), value == null ? "" : value.text());
        }
        return out;
    }

    /** The path and query of a link on a page, as sent. */
    public static String local(Element a, String attribute) {
        URI u = URI.create(a.absUrl(attribute));
        return u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }

    /** The paths of the page's links to {@code /games/{id}} overviews. */
    public static List<String> overviewLinks(Document d) {
        return d.select("a[href]").stream().map(a -> local(a, "href")).filter(h -> h.matches("/games/\\d+")).toList();
    }
}
