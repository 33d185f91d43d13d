package org.polymetric.kernel.web;

import java.util.Set;
import org.polymetric.kernel.security.CsrfFilter;
import org.polymetric.kernel.storage.DataAge;

/**
 * The kernel's JAX-RS providers, which the portal's application registers with its own classes and
 * each module's {@link org.polymetric.kernel.module.PortalModule#resourceClasses()}: the
 * application lists what it serves instead of letting the server scan for it.
 */
public final class KernelProviders {
    public static final Set<Class<?>> CLASSES = Set.of(ViewWriter.class, UnexpectedExceptionMapper.class,
            WebApplicationExceptionMapper.class, TooLargeRequests.class, ConcreteContentTypes.class, CsrfFilter.class,
            DataAge.class, CutBodies.class);

    private KernelProviders() {
    }
}
