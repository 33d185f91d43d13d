package org.polymetric.kernel.security;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.polymetric.kernel.config.IpLiteral;
import org.polymetric.kernel.config.TrustedProxies;

/**
 * Who sent a request and over what: the client's address and whether it came over HTTPS. The
 * socket's peer is the client unless it is a trusted proxy; then the client is the right-most
 * address of {@code X-Forwarded-For} (or, without that header, of RFC 7239 {@code Forwarded}
 * {@code for=}) that is not itself a trusted proxy, and the scheme is what the proxies say
 * ({@code X-Forwarded-Proto}, {@code Forwarded proto=}). Everything left of the first untrusted hop
 * was written by the client and is ignored; an entry that is no IP address ({@code unknown}, an
 * obfuscated name, garbage) ends the walk at the trusted hop that reported it.
 *
 * @param address the client's IP address as {@link InetAddress#getHostAddress()} writes it
 * @param secure  true when the client reached us over HTTPS (directly, or at a trusted proxy)
 */
public record ClientOrigin(String address, boolean secure) {

    /** The headers a request brings, each header's lines in order. */
    public record Forwarding(List<String> forwardedFor, List<String> forwarded, List<String> forwardedProto) {
        public static final Forwarding NONE = new Forwarding(List.of(), List.of(), List.of());
    }

    public static ClientOrigin resolve(TrustedProxies trusted, String peer, boolean socketSecure, Forwarding headers) {
        if (trusted.isEmpty()) {
            return new ClientOrigin(peer == null ? "unknown" : peer, socketSecure);
        }
        Optional<InetAddress> peerAddress = IpLiteral.parse(peer);
        String direct = peerAddress.map(InetAddress::getHostAddress).orElse(peer == null ? "unknown" : peer);
        if (peerAddress.isEmpty() || !trusted.contains(peerAddress.get())) {
            return new ClientOrigin(direct, socketSecure);
        }
        if (!headers.forwardedFor().isEmpty()) {
            List<String> hops = commaList(headers.forwardedFor());
            int client = clientHop(trusted, hops.stream().map(ClientOrigin::forAddress).toList());
            String address = client < 0 ? direct : forAddress(hops.get(client)).orElseThrow().getHostAddress();
            return new ClientOrigin(address, scheme(commaList(headers.forwardedProto()), socketSecure));
        }
        if (!headers.forwarded().isEmpty()) {
            List<Map<String, String>> hops = ForwardedHeader.parse(headers.forwarded());
            int client = clientHop(trusted, hops.stream().map(h -> forAddress(h.get("for"))).toList());
            String address = client < 0 ? direct : forAddress(hops.get(client).get("for")).orElseThrow().getHostAddress();
            // the proto the hop that met the client wrote, else the nearest one a trusted hop wrote after it
            List<String> protos = new ArrayList<>();
            for (int i = Math.max(client, 0); i < hops.size(); i++) {
                String proto = hops.get(i).get("proto");
                if (proto != null) {
                    protos.add(proto);
                    break;
                }
            }
            return new ClientOrigin(address, scheme(protos, socketSecure));
        }
        return new ClientOrigin(direct, scheme(commaList(headers.forwardedProto()), socketSecure));
    }

    /**
     * The index of the client's hop: walking from the right, the first untrusted address; the
     * trusted hop before an unreadable entry; the left-most when all are trusted; -1 for none.
     */
    private static int clientHop(TrustedProxies trusted, List<Optional<InetAddress>> hops) {
        int lastTrusted = -1;
        int from = Math.max(0, hops.size() - ForwardedHeader.MAX_HOPS);
        for (int i = hops.size() - 1; i >= from; i--) {
            Optional<InetAddress> hop = hops.get(i);
            if (hop.isEmpty()) {
                return lastTrusted;
            }
            if (!trusted.contains(hop.get())) {
                return i;
            }
            lastTrusted = i;
        }
        return lastTrusted;
    }

    /** The right-most value a trusted proxy set: {@code https} means the client used HTTPS. */
    private static boolean scheme(List<String> protos, boolean socketSecure) {
        if (protos.isEmpty()) {
            return socketSecure;
        }
        return protos.get(protos.size() - 1).trim().toLowerCase(Locale.ROOT).equals("https");
    }

    private static List<String> commaList(List<String> lines) {
        List<String> items = new ArrayList<>();
        for (String line : lines) {
            for (String item : line.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.trim());
                }
            }
        }
        return items;
    }

    /** An address as proxies write it: {@code 192.0.2.1}, {@code 192.0.2.1:4711}, {@code 2001:db8::1}, {@code [2001:db8::1]:4711}. */
    static Optional<InetAddress> forAddress(String node) {
        if (node == null) {
            return Optional.empty();
        }
        String n = node.trim();
        if (n.startsWith("[")) {
            int close = n.indexOf(']');
            if (close < 0 || !(close == n.length() - 1 || n.charAt(close + 1) == ':')) {
                return Optional.empty();
            }
            return IpLiteral.parse(n.substring(1, close)).filter(a -> a instanceof java.net.Inet6Address);
        }
        int colon = n.indexOf(':');
        if (colon > 0 && colon == n.lastIndexOf(':')) {
            // IPv4 with a port
            n = n.substring(0, colon);
        }
        return IpLiteral.parse(n);
    }
}
