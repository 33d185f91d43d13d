package org.polymetric.kernel;

import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.enterprise.context.Dependent;
import org.junit.jupiter.api.Test;

class BeansTest {
    @Dependent
    static class PerInjection {
    }

    @Test
    void onlyNormalScopedBeansAreShared() {
        // a dependent bean's instance belongs to whoever injected it: keeping one would share state
        assertThrows(IllegalArgumentException.class, () -> Beans.get(PerInjection.class));
        assertThrows(IllegalArgumentException.class, () -> Beans.get(String.class));
    }
}
