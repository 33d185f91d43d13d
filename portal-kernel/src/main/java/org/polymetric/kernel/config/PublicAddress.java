package org.polymetric.kernel.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;

/**
 * Where mailed links point: {@code POLYMETRIC_PUBLIC_URL} when set, else the address the request
 * came to. Setting it keeps a forged {@code Host} header from putting someone else's server into
 * an invitation or a password reset mail.
 */
@ApplicationScoped
public class PublicAddress {
    @Inject
    PortalSettings settings;

    /** {@code path} (starting with {@code /}) under the portal's public address. */
    public URI link(URI requestBase, String path) {
        String base = settings.get().get(Setting.PUBLIC_URL)
                .orElseGet(() -> requestBase.toString().replaceFirst("/+$", ""));
        return URI.create(base + path);
    }
}
