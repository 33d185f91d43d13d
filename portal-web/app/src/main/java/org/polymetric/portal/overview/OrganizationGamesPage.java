package org.polymetric.portal.overview;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.polymetric.kernel.overview.Ranked;
import org.polymetric.kernel.tenancy.GameCard;
import org.polymetric.kernel.tenancy.VisibleTenancy;
import org.polymetric.kernel.tenancy.VisibleTenancy.OrganizationNode;
import org.polymetric.kernel.tenancy.Workspace;
import org.polymetric.kernel.web.CodePointOrder;
import org.polymetric.kernel.web.View;

/**
 * {@code GET /games}: an organization's games the caller may view, ranked by a figure a module
 * offers ({@code ?rank=<key>}, the first offered by default; by title when no module offers one),
 * highest first, {@value RankedGames#PER_PAGE} to a page ({@code ?page=N}). The organization is the
 * caller's, or the one {@code ?organization_id=N} names when they are in several (the first by name
 * when they name none); one they are not in is the themed 404.
 *
 * <p>The ranking's module is asked once for every candidate, so the order is the organization's
 * order, not a page's. Nothing else bounds how many games an organization holds, so at most
 * {@value #MAX_RANKED} games (its live ones first, then by title) are ranked, and the page says so
 * when there are more.
 */
@Path("games")
@Produces(MediaType.TEXT_HTML)
public class OrganizationGamesPage {
    /** The most games one ranking asks a module about (one indexed query over at most this many ids). */
    static final int MAX_RANKED = 1000;

    @Inject
    Workspace workspace;

    @Inject
    GameRankings rankings;

    @GET
    public View show(@QueryParam("organization_id") String organizationId, @QueryParam("rank") String rank,
                     @QueryParam("page") String page) {
        VisibleTenancy tree = workspace.forCurrentUser();
        View view = View.of("portal/games").with("organizations", tree.organizations());
        if (tree.organizations().isEmpty()) {
            return view.with("organization", null);
        }
        OrganizationNode org = chosen(tree, organizationId);
        List<RankedGames.Candidate> all = org.studios().stream()
                .flatMap(s -> s.games().stream().map(g -> new RankedGames.Candidate(GameCard.of(g), s.studio().getName())))
                .sorted(Comparator.comparing((RankedGames.Candidate c) -> !c.game().accepting())
                        .thenComparing(c -> c.game().title(), CodePointOrder.TEXT))
                .toList();
        List<RankedGames.Candidate> candidates = all.size() > MAX_RANKED ? all.subList(0, MAX_RANKED) : all;
        List<GameRankings.Offered> offered = rankings.offered();
        Optional<GameRankings.Offered> ranking = rankings.chosen(offered, rank);
        Map<Long, Ranked> values = null;
        boolean failed = false;
        if (ranking.isPresent()) {
            List<GameCard> cards = candidates.stream().map(RankedGames.Candidate::game).toList();
            Optional<Map<Long, Ranked>> answer = rankings.values(ranking.get(), cards);
            failed = answer.isEmpty();
            values = answer.orElse(Map.of());
        }
        String label = ranking.map(r -> r.ranking().label()).orElse("");
        String key = ranking.map(r -> r.ranking().key()).orElse(null);
        RankedGames ranked = RankedGames.of(candidates, values, label, RankedGames.page(page));
        long orgId = org.organization().getId();
        return view.with("organization", org.organization())
                .with("rankings", offered.stream().map(GameRankings.Offered::ranking).toList())
                .with("rank", key)
                .with("rankLabel", label)
                .with("ranked", ranked)
                .with("previous", ranked.page() > 1 ? link(orgId, key, ranked.page() - 1) : null)
                .with("next", ranked.page() < ranked.pages() ? link(orgId, key, ranked.page() + 1) : null)
                .with("unranked", all.size() - candidates.size())
                .with("failed", failed);
    }

    /** The path of another page of the same ranking. */
    static String link(long organizationId, String rank, int page) {
        UriBuilder uri = UriBuilder.fromPath("/games").queryParam("organization_id", organizationId);
        if (rank != null) {
            uri.queryParam("rank", rank);
        }
        return uri.queryParam("page", page).build().toString();
    }

    /** The organization {@code raw} names among the caller's, else the first; 404 for any other. */
    static OrganizationNode chosen(VisibleTenancy tree, String raw) {
        if (raw == null || raw.isEmpty()) {
            return tree.organizations().stream()
                    .min(Comparator.comparing((OrganizationNode o) -> o.organization().getName(), CodePointOrder.TEXT))
                    .orElseThrow(NotFoundException::new);
        }
        return tree.organizations().stream().filter(o -> String.valueOf(o.organization().getId()).equals(raw))
                .findFirst().orElseThrow(NotFoundException::new);
    }
}
