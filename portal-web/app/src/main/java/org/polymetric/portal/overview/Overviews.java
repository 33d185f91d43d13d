package org.polymetric.portal.overview;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.polymetric.kernel.module.Modules;
import org.polymetric.kernel.module.PortalModule;
import org.polymetric.kernel.overview.GameOverview;
import org.polymetric.kernel.storage.DatabaseOutage;

/**
 * The {@link GameOverview} beans of the modules in this build, in module order. A bean whose module
 * is not in the registry (its descriptor left out) is ignored. A bean that fails is left out of the
 * page it was asked for, so one module never takes the page down; its first failure is logged with
 * the cause, the next ones (until it answers again) in one line at a finer level, so a broken
 * module does not flood the log. A database that does not answer is not a module's fault: it
 * reaches the outage filter (503) as on any page.
 */
@ApplicationScoped
public class Overviews {
    private static final Logger LOG = Logger.getLogger(Overviews.class.getName());

    @Inject
    @Any
    Instance<GameOverview> beans;

    @Inject
    Modules modules;

    private List<GameOverview> ordered;
    private final Set<String> failing = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void order() {
        Map<String, Integer> position = new HashMap<>();
        List<PortalModule> all = modules.all();
        for (int i = 0; i < all.size(); i++) {
            position.put(all.get(i).id(), i);
        }
        List<GameOverview> found = new ArrayList<>();
        for (GameOverview bean : beans) {
            if (position.containsKey(bean.moduleId())) {
                found.add(bean);
            } else {
                LOG.warning(() -> "game overview of '" + bean.moduleId() + "' ignored: no such module in this build");
            }
        }
        found.sort(Comparator.comparing(b -> position.get(b.moduleId())));
        ordered = List.copyOf(found);
    }

    /** The beans, in module order. */
    public List<GameOverview> all() {
        return ordered;
    }

    /**
     * What {@code call} answers for {@code bean}'s module, or {@code fallback} when it fails (logged
     * as above); a database outage is thrown on.
     */
    public <T> T ask(GameOverview bean, String what, Supplier<T> call, T fallback) {
        String module = bean.moduleId();
        try {
            T answer = call.get();
            failing.remove(module);
            return answer;
        } catch (RuntimeException e) {
            if (DatabaseOutage.causes(e)) {
                throw e;
            }
            if (failing.add(module)) {
                LOG.log(Level.WARNING, "the " + module + " module's " + what + " failed and is left out of the page", e);
            } else {
                LOG.fine(() -> "the " + module + " module's " + what + " failed again: " + e);
            }
            return fallback;
        }
    }
}
