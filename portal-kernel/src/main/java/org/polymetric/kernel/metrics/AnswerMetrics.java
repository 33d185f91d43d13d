package org.polymetric.kernel.metrics;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.polymetric.kernel.module.Modules;
import org.polymetric.kernel.module.PortalModule;

/**
 * {@code polymetric_answers_total{module, status}}: every answer the portal gave, by the module
 * owning its path ({@link PathOwner}) and its status class ({@code 2xx} … {@code 5xx}). Every
 * counter is made at start (modules × classes), so counting an answer is two lookups in maps
 * nobody writes to and one add to a {@code LongAdder}: no lock on the request's way.
 */
@ApplicationScoped
public class AnswerMetrics {
    static final String NAME = "polymetric_answers";
    private static final String[] CLASSES = {"1xx", "2xx", "3xx", "4xx", "5xx"};

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    @Inject
    Modules modules;

    private PathOwner owners;
    /** Module id → counters by status class (index status / 100 - 1); filled once, then only read. */
    private final Map<String, Counter[]> counters = new HashMap<>();

    @PostConstruct
    void start() {
        Set<String> ids = new HashSet<>();
        modules.all().stream().map(PortalModule::id).forEach(ids::add);
        owners = new PathOwner(ids, modules.rootPaths());
        Metadata metadata = Metadata.builder().withName(NAME)
                .withDescription("Answers given, by the module owning the path (kernel: the portal's own) and status class")
                .build();
        ids.add(PathOwner.KERNEL);
        for (String id : ids) {
            Counter[] byClass = new Counter[CLASSES.length];
            for (int i = 0; i < CLASSES.length; i++) {
                byClass[i] = registry.counter(metadata, new Tag("module", id), new Tag("status", CLASSES[i]));
            }
            counters.put(id, byClass);
        }
    }

    /** Counts one answer with {@code status} on {@code path} (inside the application). */
    public void answered(String path, int status) {
        int i = status / 100 - 1;
        if (i >= 0 && i < CLASSES.length) {
            counters.get(owners.of(path))[i].inc();
        }
    }
}
