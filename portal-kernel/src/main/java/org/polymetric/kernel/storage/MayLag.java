package org.polymetric.kernel.storage;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource (class or method) whose answers may be read from a replica: reports,
 * dashboards, read APIs and exports, whose data may be a little old. Its reads through
 * {@link LaggingReads} then go to the replica while it is close enough behind, and the answer
 * says how old it may be ({@code X-Polymetric-Data-Age}). Never on a resource that writes, checks
 * access, signs in, or shows what its caller has just changed (settings, admin pages): those read
 * the primary whatever they call.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface MayLag {
}
