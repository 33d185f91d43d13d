package org.polymetric.kernel.identity;

import java.io.Serializable;
import org.polymetric.kernel.tenancy.ResourceType;

/** A level held on one resource: a user's access row, or an API token's scope. */
public record Grant(ResourceType resource, long resourceId, AccessLevel level) implements Serializable {
}
