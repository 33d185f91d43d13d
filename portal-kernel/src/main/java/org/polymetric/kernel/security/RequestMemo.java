package org.polymetric.kernel.security;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.apache.shiro.authz.AuthorizationInfo;
import org.polymetric.kernel.Beans;
import org.polymetric.kernel.identity.Access;
import org.polymetric.kernel.identity.IdentityDirectory;
import org.polymetric.kernel.identity.User;
import org.polymetric.kernel.tenancy.Containment;
import org.polymetric.kernel.tenancy.ResourceType;

/**
 * What permission checks read from the database, kept for the rest of one request: a page or list
 * asks several questions of the same grants and places. Nothing outlives the request, so a
 * revoked grant still takes effect on the next one, on every instance.
 */
@RequestScoped
public class RequestMemo {
    private final Map<PortalPrincipal, AuthorizationInfo> authorizations = new HashMap<>();
    private final Map<String, Optional<Containment>> places = new HashMap<>();
    private final Map<Long, List<Access>> access = new HashMap<>();
    private final Map<Long, Optional<User>> users = new HashMap<>();
    private final Map<Long, Long> versions = new HashMap<>();

    AuthorizationInfo authorization(PortalPrincipal principal, Function<PortalPrincipal, AuthorizationInfo> load) {
        return authorizations.computeIfAbsent(principal, load);
    }

    Optional<Containment> place(ResourceType type, long id, Supplier<Optional<Containment>> load) {
        return places.computeIfAbsent(type.word() + ":" + id, k -> load.get());
    }

    /**
     * A user's grants, read once per request: the realm's permission checks and the reach of an
     * organization-level call otherwise each ask the database for the same rows.
     */
    static List<Access> accessOf(long userId, IdentityDirectory identities) {
        return current().map(m -> m.access(userId, identities)).orElseGet(() -> identities.accessOf(userId));
    }

    /**
     * A user, read once per request: signing a token in, authorizing its calls and checking that a
     * session's account is still live and its password unchanged all need the same row.
     */
    public static Optional<User> userOf(long userId, IdentityDirectory identities) {
        return current().map(m -> m.user(userId, identities)).orElseGet(() -> identities.user(userId));
    }

    /** Keeps a user and their grants already read in this request (a token's owner). */
    void know(User user, List<Access> grants) {
        users.put(user.getId(), Optional.of(user));
        access.put(user.getId(), grants);
    }

    /**
     * An organization's tenancy version as this request first saw it: a token call reads its
     * organization's with the token, which saves list caches keyed by it a round trip.
     */
    public static long tenancyVersion(long organizationId, LongSupplier load) {
        return current().map(m -> m.version(organizationId, load)).orElseGet(load::getAsLong);
    }

    void knowVersion(long organizationId, long version) {
        versions.put(organizationId, version);
    }

    long version(long organizationId, LongSupplier load) {
        return versions.computeIfAbsent(organizationId, id -> load.getAsLong());
    }

    Optional<User> user(long userId, IdentityDirectory identities) {
        return users.computeIfAbsent(userId, identities::user);
    }

    // Methods, never fields, from outside: callers hold a client proxy, whose own fields are
    // not the request's instance.
    List<Access> access(long userId, IdentityDirectory identities) {
        return access.computeIfAbsent(userId, identities::accessOf);
    }

    /** Does nothing; calling it through the proxy fails when no request context is active. */
    void touch() {
        // the call itself is the check
    }

    /** The current request's memo, or empty outside a request (then callers load directly). */
    static Optional<RequestMemo> current() {
        try {
            RequestMemo memo = Beans.get(RequestMemo.class);
            memo.touch();
            return Optional.of(memo);
        } catch (ContextNotActiveException e) {
            return Optional.empty();
        }
    }
}
