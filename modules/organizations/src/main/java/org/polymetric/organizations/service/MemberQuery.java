package org.polymetric.organizations.service;

import org.polymetric.organizations.domain.Sort;

/** A users list request after validation; null filters are absent. */
public record MemberQuery(Long studioId, String accessResource, String accessLevel, String name, Sort sort, int offset, int size) {
}
