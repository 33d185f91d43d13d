package org.polymetric.organizations.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.polymetric.kernel.identity.AccessLevel;
import org.polymetric.kernel.security.Permissions;
import org.polymetric.kernel.security.Reach;
import org.polymetric.kernel.tenancy.Game;
import org.polymetric.kernel.tenancy.GameActivity;
import org.polymetric.kernel.tenancy.GameKeys;
import org.polymetric.kernel.tenancy.ResourceType;
import org.polymetric.kernel.tenancy.Studio;
import org.polymetric.organizations.api.Problem;
import org.polymetric.organizations.domain.GameQuery;
import org.polymetric.organizations.domain.GameRepository;
import org.polymetric.organizations.domain.Slice;
import org.polymetric.organizations.domain.StudioRepository;

/** Lists, reads and creates games for the caller, within what they may see and change. */
@ApplicationScoped
public class GameCatalog {
    static final List<String> ACTIVITY_SORTS = List.of("dau", "wau", "mau");

    @Inject
    GameRepository games;

    @Inject
    StudioRepository studios;

    @Inject
    Activity activity;

    @Inject
    Guard guard;

    public Slice<Game> list(GameQuery q) {
        if (!ACTIVITY_SORTS.contains(q.sort().property())) {
            return games.list(q);
        }
        // activity lives in another module's store: sort the visible ids by it here
        List<Long> ids = games.ids(q);
        Map<Long, GameActivity.Active> active = activity.of(ids);
        Comparator<Long> byActivity = Comparator.comparingLong(id -> measure(active.getOrDefault(id, GameActivity.Active.NONE), q.sort().property()));
        Comparator<Long> order = q.sort().descending() ? byActivity.reversed() : byActivity;
        List<Long> page = ids.stream().sorted(order.thenComparing(Comparator.naturalOrder()))
                .skip(q.offset()).limit(q.size()).toList();
        return new Slice<>(games.byIds(page), ids.size());
    }

    private static long measure(GameActivity.Active a, String property) {
        return switch (property) {
            case "dau" -> a.dau();
            case "wau" -> a.wau();
            default -> a.mau();
        };
    }

    /** Whether the caller sees this studio (directly or through one of its games). */
    public boolean seesStudio(Reach reach, long studioId) {
        return studios.find(studioId).filter(s -> studios.visible(reach, s)).isPresent();
    }

    /** A visible game, or 404 (also for other organizations' games). */
    public Game get(Reach reach, long id) {
        return games.find(id).filter(g -> g.getOrganizationId() == reach.organizationId())
                .filter(g -> reach.seesGame(g.getId(), g.getStudioId()))
                .orElseThrow(Problem::notFound);
    }

    /**
     * A new game in a studio the caller sees (404 otherwise) and administers (403 otherwise); the
     * studio must not be archived (422). Keys are fresh random values.
     */
    @Transactional
    public Game create(Reach reach, NewGame request) {
        Studio studio = studios.find(request.studioId()).filter(s -> studios.visible(reach, s)).orElseThrow(Problem::notFound);
        guard.require(Permissions.of(ResourceType.STUDIO, AccessLevel.ADMIN, studio.getId()));
        if (studio.isArchived()) {
            throw Problem.unprocessable(List.of(new Problem.Detail(List.of("body", "studio_id"),
                    "the studio is archived", "value_error.studio_archived")));
        }
        Game game = new Game(studio, request.title(), request.platform(), request.sdkUsed(), GameKeys.generate(), Instant.now());
        game.setStorePlatform(request.storePlatform());
        game.setBundleId(request.bundleId());
        game.setGoogleplayKey(request.googleplayKey());
        return games.add(game);
    }

    /** Changes a visible game's descriptive fields; takes admin on the game. */
    @Transactional
    public Game update(Reach reach, long id, GameEdit edit) {
        Game game = get(reach, id);
        guard.require(Permissions.of(ResourceType.GAME, AccessLevel.ADMIN, id));
        game.setTitle(edit.title());
        game.setPlatform(edit.platform());
        game.setSdkUsed(edit.sdkUsed());
        game.setStorePlatform(edit.storePlatform());
        game.setBundleId(edit.bundleId());
        game.setGoogleplayKey(edit.googleplayKey());
        game.setTimezone(edit.timezone());
        return game;
    }

    /** Gives a visible game a new secret key; takes admin on the game. */
    @Transactional
    public Game rotateSecret(Reach reach, long id) {
        Game game = get(reach, id);
        guard.require(Permissions.of(ResourceType.GAME, AccessLevel.ADMIN, id));
        game.rotateSecret();
        return game;
    }

    /** Archives or restores a visible game; takes admin on its studio, like creating one. */
    @Transactional
    public Game archive(Reach reach, long id, boolean archived) {
        Game game = get(reach, id);
        guard.require(Permissions.of(ResourceType.STUDIO, AccessLevel.ADMIN, game.getStudioId()));
        if (game.isArchived() != archived) {
            game.setArchived(archived, Instant.now());
        }
        return game;
    }

    public Map<Long, GameActivity.Active> activityOf(List<Game> list) {
        return activity.of(list.stream().map(Game::getId).toList());
    }
}
