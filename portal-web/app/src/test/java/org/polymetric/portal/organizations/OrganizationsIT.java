package org.polymetric.portal.organizations;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
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

    /** URL-encodes a query parameter name or value ({@code page[size]} has brackets). */
    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
