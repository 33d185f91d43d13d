package org.polymetric.kernel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polymetric.kernel.config.TrustedProxies;
import org.polymetric.kernel.security.ClientOrigin.Forwarding;

class ClientOriginTest {
    private static final TrustedProxies PROXIES = TrustedProxies.parse("10.0.0.0/8, 192.168.1.7, fd00::/8");

    private static Forwarding xff(String... lines) {
        return new Forwarding(List.of(lines), List.of(), List.of());
    }

    private static Forwarding forwarded(String... lines) {
        return new Forwarding(List.of(), List.of(lines), List.of());
    }

    @Test
    void withoutTrustedProxiesThePeerIsTheClientWhateverTheHeadersSay() {
        ClientOrigin o = ClientOrigin.resolve(TrustedProxies.NONE, "203.0.113.9", false,
                new Forwarding(List.of("198.51.100.1"), List.of("for=198.51.100.2;proto=https"), List.of("https")));
        assertEquals(new ClientOrigin("203.0.113.9", false), o);
    }

    @Test
    void aSpoofedForwardedForFromAnUntrustedPeerIsIgnored() {
        ClientOrigin o = ClientOrigin.resolve(PROXIES, "203.0.113.9", false,
                new Forwarding(List.of("10.1.2.3, 198.51.100.1"), List.of(), List.of("https")));
        assertEquals(new ClientOrigin("203.0.113.9", false), o, "neither the address nor the scheme is believed");
    }

    @Test
    void aTrustedPeerNamesTheClient() {
        assertEquals("198.51.100.1", ClientOrigin.resolve(PROXIES, "10.0.0.5", false, xff("198.51.100.1")).address());
    }

    @Test
    void theClientIsTheRightMostUntrustedHop() {
        // the client wrote 1.2.3.4 itself; our proxies appended what they saw
        ClientOrigin o = ClientOrigin.resolve(PROXIES, "10.0.0.5", false, xff("1.2.3.4, 198.51.100.1, 192.168.1.7", "10.9.9.9"));
        assertEquals("198.51.100.1", o.address());
    }

    @Test
    void whenEveryHopIsTrustedTheLeftMostIsTheClient() {
        assertEquals("10.3.3.3", ClientOrigin.resolve(PROXIES, "10.0.0.5", false, xff("10.3.3.3, 10.4.4.4")).address());
    }

    @Test
    void anUnreadableHopEndsTheWalkAtTheProxyThatReportedIt() {
        assertEquals("10.4.4.4", ClientOrigin.resolve(PROXIES, "10.0.0.5", false, xff("198.51.100.1, unknown, 10.4.4.4")).address());
        assertEquals("10.0.0.5", ClientOrigin.resolve(PROXIES, "10.0.0.5", false, xff("evil.example")).address(),
                "no hostname is ever looked up; the peer stays the client");
    }

    @Test
    void forwardedForMayCarryPortsAndIpv6() {
        assertEquals("198.51.100.1", ClientOrigin.resolve(PROXIES, "10.0.0.5", false, xff("198.51.100.1:4711")).address());
        assertEquals("2001:db8:0:0:0:0:0:1", ClientOrigin.resolve(PROXIES, "10.0.0.5", false, xff("[2001:db8::1]:443")).address());
        assertEquals("2001:db8:0:0:0:0:0:1", ClientOrigin.resolve(PROXIES, "fd00::2", false, xff("2001:db8::1")).address());
    }

    @Test
    void rfc7239ForwardedIsReadWhenThereIsNoXForwardedFor() {
        ClientOrigin o = ClientOrigin.resolve(PROXIES, "10.0.0.5", false,
                forwarded("for=1.2.3.4, for=\"[2001:db8:cafe::17]:4711\";proto=https;by=10.0.0.5", "For=10.7.7.7"));
        assertEquals(new ClientOrigin("2001:db8:cafe:0:0:0:0:17", true), o);
    }

    @Test
    void forwardedParametersAreCaseBlindAndQuotedValuesMayHoldSeparators() {
        ClientOrigin o = ClientOrigin.resolve(PROXIES, "10.0.0.5", false,
                forwarded("by=\"a,b;c\"; FOR=198.51.100.3; Proto=HTTPS"));
        assertEquals(new ClientOrigin("198.51.100.3", true), o);
    }

    @Test
    void anObfuscatedOrMalformedForwardedHopIsNoAddress() {
        assertEquals("10.0.0.5", ClientOrigin.resolve(PROXIES, "10.0.0.5", false, forwarded("for=_hidden")).address());
        assertEquals("10.0.0.5", ClientOrigin.resolve(PROXIES, "10.0.0.5", false, forwarded("for=\"[2001:db8::1")).address());
        assertEquals("10.0.0.5", ClientOrigin.resolve(PROXIES, "10.0.0.5", false, forwarded("for=[1.2.3.4]")).address(),
                "brackets hold IPv6 only");
    }

    @Test
    void theSchemeComesFromATrustedProxy() {
        assertTrue(ClientOrigin.resolve(PROXIES, "10.0.0.5", false,
                new Forwarding(List.of("198.51.100.1"), List.of(), List.of("https"))).secure());
        assertTrue(ClientOrigin.resolve(PROXIES, "10.0.0.5", false,
                new Forwarding(List.of(), List.of(), List.of("https"))).secure(), "the scheme alone, without an address");
        assertFalse(ClientOrigin.resolve(PROXIES, "10.0.0.5", true,
                new Forwarding(List.of("198.51.100.1"), List.of(), List.of("https, http"))).secure(),
                "the right-most value is what our proxy saw");
        assertTrue(ClientOrigin.resolve(PROXIES, "10.0.0.5", true, xff("198.51.100.1")).secure(),
                "without the header the socket decides");
    }

    @Test
    void aVeryLongChainIsCutNotWalkedToTheEnd() {
        String chain = String.join(",", Collections.nCopies(5000, "10.1.1.1"));
        ClientOrigin o = ClientOrigin.resolve(PROXIES, "10.0.0.5", false, xff("198.51.100.1," + chain));
        assertEquals("10.1.1.1", o.address(), "the left-most trusted hop within the walked part");
    }

    @Test
    void aPeerThatIsNoLiteralIsTheClientAsGiven() {
        assertEquals("unknown", ClientOrigin.resolve(PROXIES, null, false, xff("198.51.100.1")).address());
    }
}
