package org.polymetric.kernel.config;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code POLYMETRIC_TRUSTED_PROXIES}: the networks (CIDR, IPv4 and IPv6) whose requests may say
 * who the client is ({@code X-Forwarded-For}, {@code Forwarded}) and which scheme it used. A bare
 * address is one host ({@code /32} or {@code /128}). Empty: no proxy is trusted.
 */
public final class TrustedProxies {
    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    private record Network(byte[] prefix, int bits) {
        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[whole] & mask) == (prefix[whole] & mask);
        }

        String text() throws IllegalArgumentException {
            try {
                return InetAddress.getByAddress(prefix).getHostAddress() + "/" + bits;
            } catch (java.net.UnknownHostException e) {
                throw new IllegalArgumentException(e);
            }
        }
    }

    private final List<Network> networks;

    private TrustedProxies(List<Network> networks) {
        this.networks = networks;
    }

    /** Parses a comma- or space-separated list; throws {@link IllegalArgumentException} naming the bad entry. */
    public static TrustedProxies parse(String list) {
        List<Network> networks = new ArrayList<>();
        for (String entry : list.trim().split("[,\\s]+")) {
            if (!entry.isEmpty()) {
                networks.add(network(entry));
            }
        }
        return networks.isEmpty() ? NONE : new TrustedProxies(List.copyOf(networks));
    }

    /** The setting's check: the list in a normal form (networks with their host bits cleared). */
    static String check(String list) {
        TrustedProxies parsed = parse(list);
        if (parsed.networks.isEmpty()) {
            throw new IllegalArgumentException("expected networks such as 10.0.0.0/8, 192.168.1.7, ::1/128");
        }
        return parsed.networks.stream().map(Network::text).collect(Collectors.joining(","));
    }

    private static Network network(String entry) {
        int slash = entry.indexOf('/');
        String host = slash < 0 ? entry : entry.substring(0, slash);
        byte[] address = IpLiteral.parse(host).map(InetAddress::getAddress)
                .orElseThrow(() -> new IllegalArgumentException("'" + entry + "' is not an IP address or CIDR network"));
        int max = address.length * 8;
        int bits = max;
        if (slash >= 0) {
            String length = entry.substring(slash + 1);
            if (!length.matches("\\d{1,3}") || Integer.parseInt(length) > max) {
                throw new IllegalArgumentException("'" + entry + "' has a prefix length outside 0-" + max);
            }
            bits = Integer.parseInt(length);
        }
        byte[] prefix = address.clone();
        for (int i = 0; i < prefix.length; i++) {
            int keep = Math.max(0, Math.min(8, bits - i * 8));
            prefix[i] &= (byte) ((0xFF << (8 - keep)) & 0xFF);
        }
        return new Network(prefix, bits);
    }

    public boolean isEmpty() {
        return networks.isEmpty();
    }

    public boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        for (Network n : networks) {
            if (n.contains(bytes)) {
                return true;
            }
        }
        return false;
    }
}
