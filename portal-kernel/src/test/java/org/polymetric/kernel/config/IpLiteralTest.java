package org.polymetric.kernel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import org.junit.jupiter.api.Test;

/** One reading of IP literals for the whole kernel: client addresses, proxies, GeoIP. */
class IpLiteralTest {
    @Test
    void literalsAreReadAndNothingElseReachesTheResolver() {
        assertEquals("203.0.113.9", IpLiteral.parse("203.0.113.9").orElseThrow().getHostAddress());
        assertTrue(IpLiteral.parse("2001:db8::1").isPresent());
        assertTrue(IpLiteral.parse("::ffff:203.0.113.9").orElseThrow() instanceof Inet4Address, "mapped IPv6 is IPv4");
        for (String no : new String[] {null, "", "localhost", "example.com", "010.0.0.1", "1.2.3", "1.2.3.256", ".::1",
                "fe80::1%eth0", "1.2.3.4 ", "::1:zz", "1".repeat(46) + ":"}) {
            assertTrue(IpLiteral.parse(no).isEmpty(), String.valueOf(no));
        }
    }

    @Test
    void onlyRoutableAddressesPlaceADevice() {
        assertTrue(IpLiteral.routable("203.0.113.9").isPresent());
        for (String local : new String[] {"127.0.0.1", "10.1.2.3", "192.168.0.1", "172.16.0.1", "169.254.1.1", "100.64.0.1",
                "224.0.0.1", "::1", "fc00::1", "fe80::1", "0.0.0.0"}) {
            assertTrue(IpLiteral.routable(local).isEmpty(), local);
        }
    }
}
