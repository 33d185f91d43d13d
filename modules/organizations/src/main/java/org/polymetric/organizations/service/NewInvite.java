package org.polymetric.organizations.service;

/** One validated invite: an e-mail address (lower-case) and the access it offers. */
public record NewInvite(String email, NewAcl acl) {
}
