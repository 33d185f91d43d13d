package org.polymetric.kernel.security;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.CDI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.shiro.authz.AuthorizationInfo;
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

    AuthorizationInfo authorization(PortalPrincipal principal, Function<PortalPrincipal, AuthorizationInfo> load) {
        return authorizations.computeIfAbsent(principal, load);
    }

    Optional<Containment> place(ResourceType type, long id, Supplier<Optional<Containment>> load) {
        return places.computeIfAbsent(type.word() + ":" + id, k -> load.get());
    }

    /** The current request's memo, or empty outside a request (then callers load directly). */
    static Optional<RequestMemo> current() {
        try {
            RequestMemo memo = CDI.current().select(RequestMemo.class).get();
            memo.authorizations.size(); // touches the proxy: throws when no request is active
            return Optional.of(memo);
        } catch (ContextNotActiveException e) {
            return Optional.empty();
        }
    }
}
