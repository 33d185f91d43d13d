package org.polymetric.organizations.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.polymetric.kernel.security.Reach;
import org.polymetric.kernel.tenancy.Game;
import org.polymetric.kernel.tenancy.GameActivity;
import org.polymetric.kernel.tenancy.Organization;
import org.polymetric.kernel.tenancy.ResourceType;
import org.polymetric.kernel.tenancy.Studio;
import org.polymetric.kernel.tenancy.TenancyDirectory;
import org.polymetric.organizations.domain.GameQuery;
import org.polymetric.organizations.domain.GameRepository;
import org.polymetric.organizations.domain.IconRepository;
import org.polymetric.organizations.domain.Slice;
import org.polymetric.organizations.domain.Sort;
import org.polymetric.organizations.domain.StudioQuery;
import org.polymetric.organizations.domain.StudioRepository;

/** What the organization overview page shows: one page of studios, each with its first games. */
@ApplicationScoped
public class Overview {
    public static final int STUDIOS_PER_PAGE = 20;
    public static final int GAMES_PER_STUDIO = 50;

    @Inject
    StudioRepository studios;

    @Inject
    GameRepository games;

    @Inject
    IconRepository icons;

    @Inject
    Activity activity;

    @Inject
    TenancyDirectory tenancy;

    /** A studio and the games of it the caller sees. */
    public record StudioView(Studio studio, boolean icon, List<GameView> games, long totalGames) {
    }

    /** A game with its icon flag and activity. */
    public record GameView(Game game, boolean icon, GameActivity.Active active) {
    }

    /** The whole page model. */
    public record Page(Organization organization, boolean icon, List<StudioView> studios, long totalStudios, int page, int pages) {
    }

    public Page of(Reach reach, int page) {
        Organization org = tenancy.organization(reach.organizationId()).orElseThrow();
        Slice<Studio> slice = studios.list(new StudioQuery(reach, null, new Sort("name", false),
                (page - 1) * STUDIOS_PER_PAGE, STUDIOS_PER_PAGE));
        Set<Long> studioIcons = icons.withIcons(ResourceType.STUDIO, slice.items().stream().map(Studio::getId).toList());
        List<StudioView> views = slice.items().stream().map(s -> {
            Slice<Game> g = games.list(new GameQuery(reach, s.getId(), null, new Sort("title", false), 0, GAMES_PER_STUDIO));
            Set<Long> gameIcons = icons.withIcons(ResourceType.GAME, g.items().stream().map(Game::getId).toList());
            Map<Long, GameActivity.Active> active = activity.of(g.items().stream().map(Game::getId).toList());
            return new StudioView(s, studioIcons.contains(s.getId()), g.items().stream()
                    .map(x -> new GameView(x, gameIcons.contains(x.getId()), active.getOrDefault(x.getId(), GameActivity.Active.NONE)))
                    .toList(), g.total());
        }).toList();
        boolean orgIcon = !icons.withIcons(ResourceType.ORGANIZATION, List.of(org.getId())).isEmpty();
        int pages = (int) Math.max(1, (slice.total() + STUDIOS_PER_PAGE - 1) / STUDIOS_PER_PAGE);
        return new Page(org, orgIcon, views, slice.total(), page, pages);
    }
}
