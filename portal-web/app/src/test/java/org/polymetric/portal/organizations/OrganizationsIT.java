package org.polymetric.portal.organizations;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.polymetric.portal.Fixtures;
import org.polymetric.portal.PortalClient;
import org.polymetric.portal.PortalIT;

/** What the organizations API's test classes share: the fixture and calls as one of its people. */
abstract class OrganizationsIT extends PortalIT {
    static OrganizationsFixture f;

    @BeforeAll
    static void tenancy() {
        f = new OrganizationsFixture();
    }

    /** GET {@code /api/organizations<path>} with the person's password. */
    HttpResponse<String> get(String email, String path) throws Exception {
        return client().get("/api/organizations" + path, "Authorization", OrganizationsFixture.basic(email));
    }

    /** A client signed in through the login form, like a browser. */
    PortalClient signedIn(String email) {
        PortalClient c = client();
        c.loginOrFail(email, Fixtures.PASSWORD);
        return c;
    }

    /**
     * Submits a page form as the browser would: the session's CSRF token (read from {@code /}) and
     * the fields given as name, value pairs.
     */
    static HttpResponse<String> submit(PortalClient c, String action, String... fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", c.csrfFrom("/"));
        for (int i = 0; i + 1 < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        return c.postForm(action, form);
    }

    /** The same form without the CSRF token, as a forged cross-site post would arrive. */
    static HttpResponse<String> forge(PortalClient c, String action, String... fields) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        return c.postForm(action, form);
    }

    /** A page parsed, failing unless it answered 200. */
    static Document page(PortalClient c, String path) {
        HttpResponse<String> r = c.get(path);
        if (r.statusCode() != 200) {
            throw new AssertionError(path + " answered " + r.statusCode());
        }
        return Jsoup.parse(r.body(), c.uri(path).toString());
    }

    /** Where a 303 sends the browser (path and query). */
    static String redirect(HttpResponse<String> r) {
        URI to = URI.create(r.headers().firstValue("Location").orElseThrow());
        return to.getRawPath() + (to.getRawQuery() == null ? "" : "?" + to.getRawQuery());
    }

    /** URL-encodes a query parameter name or value ({@code page[size]} has brackets). */
    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
