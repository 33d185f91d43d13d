package org.polymetric.kernel.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;

/**
 * Where mailed links point: {@code POLYMETRIC_PUBLIC_URL}, which {@link Settings} requires as soon
 * as mail can be sent, so a forged {@code Host} header never puts someone else's server into an
 * invitation or a password reset mail. Without SMTP nothing is mailed and the address the request
 * came to only fills the text that is not sent.
 */
@ApplicationScoped
public class PublicAddress {
    @Inject
    PortalSettings settings;

    /** {@code path} (starting with {@code /}) under the portal's public address. */
    public URI link(URI requestBase, String path) {
        String base = settings.get().publicUrl().map(URI::toString)
                .orElseGet(() -> requestBase.toString().replaceFirst("/+$", ""));
        return URI.create(base + path);
    }
}
