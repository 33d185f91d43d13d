package org.polymetric.kernel.module;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The modules of this portal, checked once: ids are unique and well-formed, and each module's
 * navigation and resources stay under its own prefix. Pure logic, so it is tested without a server.
 */
public final class ModuleRegistry {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]{1,30}");
    private static final Pattern ROOT = Pattern.compile("[a-z][a-z0-9]{0,30}");
    /** Ids the kernel's own URLs and tables use. */
    private static final List<String> RESERVED = List.of("api", "static", "login", "logout", "account",
            "admin", "health", "openapi", "ingest", "kernel", "bench", "error", "invite", "games");

    private final List<PortalModule> modules;

    private ModuleRegistry(List<PortalModule> modules) {
        this.modules = modules;
    }

    /** Loads the descriptors visible to a class loader (the web application's in the server). */
    public static ModuleRegistry load(ClassLoader loader) {
        return of(ServiceLoader.load(PortalModule.class, loader).stream().map(ServiceLoader.Provider::get).toList());
    }

    /** Checks a list of descriptors; throws {@link ModuleRegistryException} on the first fault. */
    public static ModuleRegistry of(List<PortalModule> candidates) {
        Map<String, PortalModule> byId = new HashMap<>();
        Map<String, PortalModule> roots = new HashMap<>();
        for (PortalModule m : candidates) {
            String id = m.id();
            if (id == null || !ID.matcher(id).matches()) {
                throw new ModuleRegistryException("module " + m.getClass().getName() + " has id '" + id
                        + "': an id is 2-31 lower-case letters or digits, starting with a letter");
            }
            if (RESERVED.contains(id)) {
                throw new ModuleRegistryException("module " + m.getClass().getName() + " uses the reserved id '" + id + "'");
            }
            PortalModule earlier = byId.putIfAbsent(id, m);
            if (earlier != null) {
                throw new ModuleRegistryException("two modules claim the id '" + id + "': "
                        + earlier.getClass().getName() + " and " + m.getClass().getName());
            }
            checkPaths(m);
            for (String root : m.rootPaths()) {
                if (root == null || !ROOT.matcher(root).matches() || RESERVED.contains(root)) {
                    throw new ModuleRegistryException("module '" + id + "' claims the root path '" + root
                            + "': a root path is one lower-case segment outside the kernel's own");
                }
                PortalModule other = roots.putIfAbsent(root, m);
                if (other != null) {
                    throw new ModuleRegistryException("two modules claim the root path '/" + root + "': '"
                            + other.id() + "' and '" + id + "'");
                }
            }
        }
        for (Map.Entry<String, PortalModule> root : roots.entrySet()) {
            if (byId.containsKey(root.getKey())) {
                throw new ModuleRegistryException("module '" + root.getValue().id() + "' claims the root path '/"
                        + root.getKey() + "', which is the module '" + root.getKey() + "'");
            }
        }
        return new ModuleRegistry(candidates.stream()
                .sorted(Comparator.comparingInt(PortalModule::order).thenComparing(PortalModule::id))
                .toList());
    }

    private static void checkPaths(PortalModule m) {
        String page = "/" + m.id();
        String api = "/api/" + m.id();
        Predicate<String> own = p -> under(p, page) || under(p, api);
        for (NavigationEntry e : m.navigation()) {
            if (!under(e.path(), page)) {
                throw new ModuleRegistryException("module '" + m.id() + "' links to " + e.path()
                        + ", outside its prefix " + page);
            }
        }
        for (Class<?> type : m.resourceClasses()) {
            Path path = type.getAnnotation(Path.class);
            if (path == null && type.isAnnotationPresent(Provider.class)) {
                continue;
            }
            String value = path == null ? "" : "/" + path.value().replaceAll("^/+", "");
            if (!own.test(value)) {
                throw new ModuleRegistryException("module '" + m.id() + "' serves " + type.getName() + " at '"
                        + value + "', outside " + page + " and " + api);
            }
        }
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/") || path.startsWith(prefix + "?");
    }

    /** Root path segment → the id of the module that answers it under {@code /api/<id>/<segment>}. */
    public Map<String, String> rootPaths() {
        Map<String, String> paths = new HashMap<>();
        modules.forEach(m -> m.rootPaths().forEach(p -> paths.put(p, m.id())));
        return Map.copyOf(paths);
    }

    /** The modules, in navigation order. */
    public List<PortalModule> modules() {
        return modules;
    }
}
