package org.polymetric.kernel.config;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The check of {@code POLYMETRIC_PUBLIC_URL}: the absolute http(s) address people reach the portal
 * at, which links in mail (invitations, password resets) are built on instead of the request's
 * {@code Host} header, which a caller chooses. Kept without a trailing slash.
 */
final class PublicUrl {
    private PublicUrl() {
    }

    static String check(String raw) {
        URI uri;
        try {
            uri = new URI(raw.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("expected an absolute http(s) URL without query, such as https://analytics.example.com");
        }
        String text = uri.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }
}
