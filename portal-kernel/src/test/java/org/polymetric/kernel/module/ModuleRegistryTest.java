package org.polymetric.kernel.module;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModuleRegistryTest {

    /** A descriptor whose every answer is given by the test. */
    private static class TestModule implements PortalModule {
        private final String id;
        private final int order;
        private final List<NavigationEntry> navigation;
        private final Set<Class<?>> resources;

        TestModule(String id, int order, List<NavigationEntry> navigation, Set<Class<?>> resources) {
            this.id = id;
            this.order = order;
            this.navigation = navigation;
            this.resources = resources;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String displayName() {
            return "Module " + id;
        }

        @Override
        public int order() {
            return order;
        }

        @Override
        public List<NavigationEntry> navigation() {
            return navigation;
        }

        @Override
        public Set<Class<?>> resourceClasses() {
            return resources;
        }
    }

    /** A module that relies on every default of the interface. */
    private static final class MinimalModule implements PortalModule {
        @Override
        public String id() {
            return "minimal";
        }

        @Override
        public String displayName() {
            return "Minimal";
        }
    }

    @Path("api/events/i")
    static final class EventsIngestResource {
    }

    @Path("/api/events")
    static final class EventsApiResource {
    }

    @Path("events/dashboard")
    static final class EventsPageResource {
    }

    @Path("//events")
    static final class EventsRootWithExtraSlashes {
    }

    @Path("api/admin/users")
    static final class AdminResource {
    }

    @Path("eventsx")
    static final class LookalikePrefixResource {
    }

    @Path("api/eventsx")
    static final class LookalikeApiResource {
    }

    @jakarta.ws.rs.ext.Provider
    static final class EventsProblemMapper {
    }

    static final class NoPathResource {
    }

    private static PortalModule module(String id) {
        return new TestModule(id, 100, List.of(), Set.of());
    }

    private static PortalModule module(String id, int order) {
        return new TestModule(id, order, List.of(), Set.of());
    }

    private static PortalModule withNavigation(String id, String... paths) {
        List<NavigationEntry> entries = java.util.Arrays.stream(paths)
                .map(p -> new NavigationEntry("link", p, null)).toList();
        return new TestModule(id, 100, entries, Set.of());
    }

    private static PortalModule withResources(String id, Class<?>... types) {
        return new TestModule(id, 100, List.of(), Set.of(types));
    }

    private static List<String> ids(ModuleRegistry registry) {
        return registry.modules().stream().map(PortalModule::id).toList();
    }

    @Test
    void emptyListGivesAnEmptyRegistry() {
        assertEquals(List.of(), ModuleRegistry.of(List.of()).modules());
    }

    @Test
    void acceptedModulesAreListedByOrderThenById() {
        ModuleRegistry registry = ModuleRegistry.of(List.of(
                module("reports", 50), module("events", 10), module("cohorts", 50), module("audience", 200)));
        assertEquals(List.of("events", "cohorts", "reports", "audience"), ids(registry));
    }

    @Test
    void moduleWithOnlyDefaultsIsAcceptedAtOrder100() {
        ModuleRegistry registry = ModuleRegistry.of(List.of(module("zeta", 100), new MinimalModule(), module("alpha", 101)));
        assertEquals(List.of("minimal", "zeta", "alpha"), ids(registry));
    }

    @Test
    void duplicateIdIsRefusedNamingTheId() {
        ModuleRegistryException e = assertThrows(ModuleRegistryException.class,
                () -> ModuleRegistry.of(List.of(module("events"), module("reports"), module("events", 5))));
        assertTrue(e.getMessage().contains("two modules claim the id 'events'"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Events", "e", "1events", "ev-ents", "ev_ents", "ev ents", "", "abcdefghijklmnopqrstuvwxyz012345"})
    void malformedIdIsRefused(String id) {
        ModuleRegistryException e = assertThrows(ModuleRegistryException.class,
                () -> ModuleRegistry.of(List.of(module(id))));
        assertTrue(e.getMessage().contains("has id '" + id + "'"), e.getMessage());
    }

    @Test
    void nullIdIsRefused() {
        assertThrows(ModuleRegistryException.class, () -> ModuleRegistry.of(List.of(module(null))));
    }

    @Test
    void idsOfTwoToThirtyOneCharactersAreAccepted() {
        assertDoesNotThrow(() -> ModuleRegistry.of(List.of(module("ab"), module("a" + "1".repeat(30)))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"api", "static", "login", "logout", "account", "admin", "health", "openapi",
            "ingest", "kernel", "bench", "error"})
    void reservedIdIsRefused(String id) {
        ModuleRegistryException e = assertThrows(ModuleRegistryException.class,
                () -> ModuleRegistry.of(List.of(module(id))));
        assertTrue(e.getMessage().contains("reserved id '" + id + "'"), e.getMessage());
    }

    @Test
    void navigationUnderTheModulePrefixIsAccepted() {
        assertDoesNotThrow(() -> ModuleRegistry.of(List.of(
                withNavigation("events", "/events", "/events/dashboard", "/events?game=1"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin", "/eventsx", "events", "/api/events", "/", "/reports/events"})
    void navigationOutsideTheModulePrefixIsRefused(String path) {
        ModuleRegistryException e = assertThrows(ModuleRegistryException.class,
                () -> ModuleRegistry.of(List.of(withNavigation("events", "/events", path))));
        assertTrue(e.getMessage().contains("links to " + path), e.getMessage());
        assertTrue(e.getMessage().contains("outside its prefix /events"), e.getMessage());
    }

    @Test
    void resourcesUnderApiIdOrIdAreAccepted() {
        ModuleRegistry registry = ModuleRegistry.of(List.of(withResources("events",
                EventsIngestResource.class, EventsApiResource.class, EventsPageResource.class,
                EventsRootWithExtraSlashes.class)));
        assertEquals(List.of("events"), ids(registry));
    }

    @Test
    void resourceUnderAnotherModulesApiIsRefused() {
        ModuleRegistryException e = assertThrows(ModuleRegistryException.class,
                () -> ModuleRegistry.of(List.of(withResources("events", AdminResource.class))));
        assertTrue(e.getMessage().contains("serves " + AdminResource.class.getName() + " at '/api/admin/users'"),
                e.getMessage());
    }

    @Test
    void resourceWhosePathOnlyStartsWithTheSameLettersIsRefused() {
        assertThrows(ModuleRegistryException.class,
                () -> ModuleRegistry.of(List.of(withResources("events", LookalikePrefixResource.class))));
        assertThrows(ModuleRegistryException.class,
                () -> ModuleRegistry.of(List.of(withResources("events", LookalikeApiResource.class))));
    }

    @Test
    void aProviderNeedsNoPath() {
        ModuleRegistry registry = ModuleRegistry.of(List.of(withResources("events", EventsIngestResource.class,
                EventsProblemMapper.class)));
        assertEquals(List.of("events"), ids(registry));
    }

    @Test
    void resourceWithoutPathAnnotationIsRefused() {
        assertThrows(ModuleRegistryException.class,
                () -> ModuleRegistry.of(List.of(withResources("events", NoPathResource.class))));
    }

    @Test
    void oneFaultyModuleRefusesTheWholeSet() {
        assertThrows(ModuleRegistryException.class, () -> ModuleRegistry.of(List.of(
                module("reports"), withResources("events", EventsIngestResource.class), module("admin"))));
    }

    private static PortalModule withRoots(String id, String... roots) {
        return new TestModule(id, 100, List.of(), Set.of()) {
            @Override
            public Set<String> rootPaths() {
                return Set.of(roots);
            }
        };
    }

    @Test
    void rootPathsMapToTheirModule() {
        ModuleRegistry registry = ModuleRegistry.of(List.of(withRoots("events", "i", "o"), module("reports")));
        assertEquals(java.util.Map.of("i", "events", "o", "events"), registry.rootPaths());
    }

    @Test
    void aRootPathClaimedTwiceIsRefused() {
        ModuleRegistryException e = assertThrows(ModuleRegistryException.class,
                () -> ModuleRegistry.of(List.of(withRoots("events", "i", "o"), withRoots("reports", "o"))));
        assertTrue(e.getMessage().contains("two modules claim the root path '/o'"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"api", "static", "login", "health", "I", "i/x", "", "1"})
    void aReservedOrMalformedRootPathIsRefused(String root) {
        ModuleRegistryException e = assertThrows(ModuleRegistryException.class,
                () -> ModuleRegistry.of(List.of(withRoots("events", root))));
        assertTrue(e.getMessage().contains("claims the root path '" + root + "'"), e.getMessage());
    }

    @Test
    void aRootPathNamedLikeAModuleIsRefused() {
        ModuleRegistryException e = assertThrows(ModuleRegistryException.class,
                () -> ModuleRegistry.of(List.of(withRoots("events", "reports"), module("reports"))));
        assertTrue(e.getMessage().contains("which is the module 'reports'"), e.getMessage());
    }
}
