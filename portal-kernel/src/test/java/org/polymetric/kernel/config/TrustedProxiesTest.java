package org.polymetric.kernel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {
    private static InetAddress ip(String literal) {
        return IpLiteral.parse(literal).orElseThrow();
    }

    @Test
    void networksContainTheirAddressesOnly() {
        TrustedProxies t = TrustedProxies.parse("10.0.0.0/8,192.168.1.7 2001:db8::/32, 172.16.0.0/12");
        assertTrue(t.contains(ip("10.255.1.2")));
        assertTrue(t.contains(ip("192.168.1.7")));
        assertFalse(t.contains(ip("192.168.1.8")));
        assertTrue(t.contains(ip("172.31.255.255")));
        assertFalse(t.contains(ip("172.32.0.1")));
        assertTrue(t.contains(ip("2001:db8:ffff::1")));
        assertFalse(t.contains(ip("2001:db9::1")));
        assertFalse(t.contains(ip("::ffff:11.0.0.1")));
        assertTrue(t.contains(ip("::ffff:10.0.0.1")), "an IPv4-mapped IPv6 address is the IPv4 address");
    }

    @Test
    void theSettingIsNormalised() {
        assertEquals("10.0.0.0/8,127.0.0.1/32,0:0:0:0:0:0:0:1/128", Setting.TRUSTED_PROXIES.check("10.1.2.3/8, 127.0.0.1 ::1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/33", "::1/129", "10.0.0/8", "proxy.example", "10.0.0.0/x", "256.1.1.1", " , ", "1.2.3.4/-1"})
    void anInvalidListStopsStartUpNamingTheSetting(String value) {
        SettingException e = assertThrows(SettingException.class, () -> Setting.TRUSTED_PROXIES.check(value));
        assertTrue(e.getMessage().startsWith("POLYMETRIC_TRUSTED_PROXIES='" + value + "' is invalid: "), e.getMessage());
    }

    @Test
    void unsetTrustsNothing() {
        assertTrue(Settings.from(java.util.Map.of(), java.util.Map.of()).trustedProxies().isEmpty());
    }

    @Test
    void thePublicUrlIsAnAbsoluteHttpUrlKeptWithoutTrailingSlash() {
        Settings s = Settings.from(java.util.Map.of("POLYMETRIC_PUBLIC_URL", "https://analytics.example.com/portal/"), java.util.Map.of());
        assertEquals("https://analytics.example.com/portal", s.publicUrl().orElseThrow().toString());
        assertTrue(Settings.from(java.util.Map.of(), java.util.Map.of()).publicUrl().isEmpty());
        for (String bad : new String[]{"analytics.example.com", "ftp://x.example", "https://", "https://x.example/?a=1", "https://u:p@x.example", "http://x.example/#f"}) {
            SettingException e = assertThrows(SettingException.class, () -> Setting.PUBLIC_URL.check(bad), bad);
            assertTrue(e.getMessage().startsWith("POLYMETRIC_PUBLIC_URL="), e.getMessage());
        }
    }
}
