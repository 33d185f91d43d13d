package org.polymetric.portal.sharing;

import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.polymetric.portal.PortalIT;

/**
 * Runs the test classes of one deployment one after the other, as every change of deployment
 * restarts the server ({@link KeptDeployment}): first the classes without an Arquillian
 * deployment (the launcher's tests start servers of their own, better while no other runs), then
 * every class on {@link PortalIT}'s deployment, then each class with its own {@code @Deployment};
 * by name within each. Set as JUnit's default in {@code junit-platform.properties}.
 */
public class DeploymentOrder implements ClassOrderer {
    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparing(DeploymentOrder::group)
                .thenComparing(d -> d.getTestClass().getName()));
    }

    private static String group(ClassDescriptor descriptor) {
        return deploymentMethod(descriptor.getTestClass())
                .map(m -> m.getDeclaringClass() == PortalIT.class ? "1" : "2 " + m.getDeclaringClass().getName())
                .orElse("0");
    }

    /** The {@code @Deployment} method Arquillian would call: the class's own or the nearest inherited one. */
    private static Optional<Method> deploymentMethod(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(Deployment.class)) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }
}
