package org.polymetric.kernel.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.polymetric.kernel.identity.AccessLevel;
import org.polymetric.kernel.identity.Grant;

/**
 * The tree used throughout:
 * <pre>
 * organization 1 "Acme"
 *   studio 10 "North": games 100, 101
 *   studio 11 "South": game 110
 *   studio 12 "Empty": no games
 * organization 2 "Other"
 *   studio 20 "West": game 200
 * </pre>
 */
class VisibleTenancyTest {
    private static final Instant CREATED = Instant.parse("2024-01-01T00:00:00Z");

    private final Organization acme = withId(new Organization("Acme", CREATED), 1);
    private final Organization other = withId(new Organization("Other", CREATED), 2);
    private final Studio north = withId(new Studio(1, "North", CREATED), 10);
    private final Studio south = withId(new Studio(1, "South", CREATED), 11);
    private final Studio empty = withId(new Studio(1, "Empty", CREATED), 12);
    private final Studio west = withId(new Studio(2, "West", CREATED), 20);
    private final Game g100 = game(north, 100);
    private final Game g101 = game(north, 101);
    private final Game g110 = game(south, 110);
    private final Game g200 = game(west, 200);

    private final List<Organization> organizations = List.of(acme, other);
    private final List<Studio> studios = List.of(north, south, empty, west);
    private final List<Game> games = List.of(g100, g101, g110, g200);

    /** Sets the id JPA would generate. */
    static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Game game(Studio studio, long id) {
        return withId(new Game(studio, "Game " + id, "ios", "unity", GameKeys.generate(), CREATED), id);
    }

    private static Grant grant(ResourceType type, long id) {
        return new Grant(type, id, AccessLevel.VIEWER);
    }

    /** Organization id to (studio id to game ids), the shape of the visible tree. */
    private static Map<Long, Map<Long, List<Long>>> shape(VisibleTenancy visible) {
        return visible.organizations().stream().collect(Collectors.toMap(
                o -> o.organization().getId(),
                o -> o.studios().stream().collect(Collectors.toMap(
                        s -> s.studio().getId(),
                        s -> s.games().stream().map(Game::getId).toList()))));
    }

    private static List<Long> organizationOrder(VisibleTenancy visible) {
        return visible.organizations().stream().map(o -> o.organization().getId()).toList();
    }

    @Test
    void gameTakesItsIdsFromItsStudio() {
        assertEquals(10L, g100.getStudioId());
        assertEquals(1L, g100.getOrganizationId());
        assertEquals(2L, g200.getOrganizationId());
    }

    @Test
    void organizationGrantShowsEveryStudioAndGameInIt() {
        VisibleTenancy visible = VisibleTenancy.of(List.of(grant(ResourceType.ORGANIZATION, 1)),
                List.of(acme), studios, games);
        assertEquals(Map.of(1L, Map.of(10L, List.of(100L, 101L), 11L, List.of(110L), 12L, List.of())), shape(visible));
    }

    @Test
    void studioGrantShowsThatStudioAndItsGamesOnly() {
        VisibleTenancy visible = VisibleTenancy.of(List.of(grant(ResourceType.STUDIO, 10)),
                List.of(acme), studios, games);
        assertEquals(Map.of(1L, Map.of(10L, List.of(100L, 101L))), shape(visible));
    }

    @Test
    void studioGrantOnAStudioWithoutGamesStillShowsTheStudio() {
        VisibleTenancy visible = VisibleTenancy.of(List.of(grant(ResourceType.STUDIO, 12)),
                List.of(acme), studios, games);
        assertEquals(Map.of(1L, Map.of(12L, List.of())), shape(visible));
    }

    @Test
    void gameGrantShowsThatGameUnderItsStudio() {
        VisibleTenancy visible = VisibleTenancy.of(List.of(grant(ResourceType.GAME, 110)),
                List.of(acme), studios, games);
        assertEquals(Map.of(1L, Map.of(11L, List.of(110L))), shape(visible));
    }

    @Test
    void grantsAddUpAcrossLevelsAndOrganizations() {
        VisibleTenancy visible = VisibleTenancy.of(List.of(
                        grant(ResourceType.GAME, 101), grant(ResourceType.STUDIO, 11), grant(ResourceType.ORGANIZATION, 2)),
                organizations, studios, games);
        assertEquals(Map.of(
                1L, Map.of(10L, List.of(101L), 11L, List.of(110L)),
                2L, Map.of(20L, List.of(200L))), shape(visible));
        assertEquals(List.of(1L, 2L), organizationOrder(visible));
    }

    @Test
    void grantInOneOrganizationShowsNoStudioOrGameOfAnother() {
        VisibleTenancy visible = VisibleTenancy.of(List.of(grant(ResourceType.ORGANIZATION, 1)),
                organizations, studios, games);
        assertEquals(Map.of(1L, Map.of(10L, List.of(100L, 101L), 11L, List.of(110L), 12L, List.of()),
                2L, Map.of()), shape(visible));
    }

    @Test
    void studiosAndGamesKeepTheOrderTheyAreGivenIn() {
        VisibleTenancy visible = VisibleTenancy.of(List.of(grant(ResourceType.ORGANIZATION, 1)),
                List.of(acme), List.of(south, north), List.of(g101, g100, g110));
        List<VisibleTenancy.StudioNode> nodes = visible.organizations().get(0).studios();
        assertEquals(List.of(south, north), nodes.stream().map(VisibleTenancy.StudioNode::studio).toList());
        assertEquals(List.of(g101, g100), nodes.get(1).games());
    }

    @Test
    void noGrantsShowNoStudios() {
        VisibleTenancy visible = VisibleTenancy.of(List.of(), List.of(acme), studios, games);
        assertEquals(Map.of(1L, Map.of()), shape(visible));
    }
}
