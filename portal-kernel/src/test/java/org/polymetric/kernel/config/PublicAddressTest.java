package org.polymetric.kernel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Mailed links use POLYMETRIC_PUBLIC_URL when set, not the address a (possibly forged) request names. */
class PublicAddressTest {
    static PublicAddress with(Map<String, String> env) {
        PublicAddress address = new PublicAddress();
        address.settings = new PortalSettings() {
            @Override
            public Settings get() {
                return Settings.from(env, Map.of());
            }
        };
        return address;
    }

    @Test
    void theConfiguredAddressWinsOverTheRequests() {
        URI link = with(Map.of("POLYMETRIC_PUBLIC_URL", "https://analytics.example.com/"))
                .link(URI.create("http://evil.example:8080/"), "/invite/abc");
        assertEquals(URI.create("https://analytics.example.com/invite/abc"), link);
    }

    @Test
    void withoutItTheRequestsAddressIsUsed() {
        assertEquals(URI.create("http://localhost:8080/password-reset/abc"),
                with(Map.of()).link(URI.create("http://localhost:8080/"), "/password-reset/abc"));
    }

    @Test
    void onlyAnHttpAddressIsAccepted() {
        for (String bad : new String[]{"analytics.example.com", "ftp://x.example", "https://x.example/?a=b", "javascript:alert(1)"}) {
            assertThrows(SettingException.class, () -> Setting.PUBLIC_URL.check(bad), bad);
        }
        assertEquals("https://x.example/portal", Setting.PUBLIC_URL.check(" https://x.example/portal/ "));
    }
}
