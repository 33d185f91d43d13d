package org.polymetric.organizations.service;

import org.polymetric.kernel.identity.AccessLevel;
import org.polymetric.kernel.tenancy.ResourceType;

/** One requested grant of a replace-ACL call, already checked for types and enums. */
public record NewAcl(AccessLevel level, ResourceType resource, Long studioId, Long gameId) {
}
