package org.polymetric.portal.fuzz;

/** How a request proves who it is: the kind decides what "without credentials" removes and whose data it may see. */
enum Credential {
    /** One of the tenant's owner tokens, in one of the dialects' headers or Countly's {@code api_key}. */
    TOKEN,
    /** The owner's web session: cookie, and the CSRF token on anything that changes state. */
    SESSION,
    /** The portal administrator's web session. */
    ADMIN,
    /** A game's public key in the request (SDK and player ingest). */
    PUBLIC,
    /** Nothing. */
    NONE
}
