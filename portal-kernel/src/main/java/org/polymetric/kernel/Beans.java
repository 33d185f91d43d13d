package org.polymetric.kernel;

import jakarta.enterprise.context.NormalScope;
import jakarta.enterprise.inject.spi.CDI;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CDI beans for code the container does not inject (Shiro's realms and filters). Each lookup is
 * done once: {@code CDI.current()} walks Payara's invocation and class-loader state and cost a
 * third of a token request's CPU when done per call. Only normal-scoped beans are cached: what
 * is kept is their client proxy, which reaches the right instance (for a request-scoped bean, the
 * current request's) on every call. The cache lives in the application's class loader, so a
 * redeployment starts with an empty one.
 */
public final class Beans {
    private static final Map<Class<?>, Object> PROXIES = new ConcurrentHashMap<>();

    private Beans() {
    }

    public static <T> T get(Class<T> type) {
        if (!normalScoped(type)) {
            throw new IllegalArgumentException(type.getName() + " is not normal-scoped; its instances cannot be shared");
        }
        return type.cast(PROXIES.computeIfAbsent(type, t -> CDI.current().select(t).get()));
    }

    private static boolean normalScoped(Class<?> type) {
        return Arrays.stream(type.getAnnotations()).map(Annotation::annotationType)
                .anyMatch(a -> a.isAnnotationPresent(NormalScope.class));
    }
}
