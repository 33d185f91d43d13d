package org.polymetric.kernel.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * An IP address written as a literal (a client's address, a forwarding header, an SDK's
 * {@code ip_address}, a proxy list), read without ever asking DNS: {@link InetAddress#getByName}
 * resolves anything that is not a literal, and the text comes from the internet. IPv4 is read
 * here digit by digit (leading zeros refused: some parsers read them as octal); IPv6 only reaches
 * the JDK as hex digits, colons and dots starting with a digit or a colon, which it parses as a
 * literal or refuses.
 */
public final class IpLiteral {
    /** The longest IPv6 literal: eight groups, or six and a dotted IPv4 tail. */
    private static final int MAX_LENGTH = 45;

    private IpLiteral() {
    }

    /** The address {@code text} writes, or empty when it is no IP literal. IPv4-mapped IPv6 comes back as IPv4. */
    public static Optional<InetAddress> parse(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        return Optional.ofNullable(text.indexOf(':') >= 0 ? ipv6(text) : ipv4(text));
    }

    /**
     * The address, or empty when {@code text} is no IP literal or a private, local or multicast one
     * (an address that says nothing about where a device is).
     */
    public static Optional<InetAddress> routable(String text) {
        return parse(text).filter(a -> !local(a));
    }

    private static InetAddress ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            // leading zeros read as octal in some parsers and decimal in others: neither is a client's address
            if (part.isEmpty() || part.length() > 3 || part.length() > 1 && part.charAt(0) == '0' || !digits(part)) {
                return null;
            }
            int value = Integer.parseInt(part);
            if (value > 255) {
                return null;
            }
            bytes[i] = (byte) value;
        }
        return byAddress(bytes);
    }

    /**
     * Hex digits, colons and dots only, starting with a digit or a colon: then the JDK parses an
     * IPv6 literal and throws rather than look the text up as a host name.
     */
    private static InetAddress ipv6(String text) {
        if (Character.digit(text.charAt(0), 16) < 0 && text.charAt(0) != ':') {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.digit(c, 16) < 0 && c != ':' && c != '.') {
                return null;
            }
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static InetAddress byAddress(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are an IPv4 address", e);
        }
    }

    /** Addresses that say nothing about where a device is: they never reach a GeoIP database. */
    private static boolean local(InetAddress a) {
        byte[] b = a.getAddress();
        boolean uniqueLocalV6 = b.length == 16 && (b[0] & 0xFE) == 0xFC;
        boolean carrierNatV4 = b.length == 4 && b[0] == 100 && (b[1] & 0xC0) == 64;
        return a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress() || uniqueLocalV6 || carrierNatV4;
    }
}
