package org.polymetric.kernel.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of the cluster settings ({@link Setting#CLUSTER} and its companions), which the
 * launcher hands to Payara Micro's data grid (Hazelcast): a cluster name, the members' addresses
 * and the interfaces to bind. Checked here so that a typo stops the start with one line instead of
 * an instance that quietly runs alone.
 */
final class ClusterSettings {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    /** A host name or an IPv4 literal; Hazelcast's member list has no syntax for IPv6 with a port. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?");
    /** Hazelcast's interface patterns: IPv4 with {@code *} or ranges ({@code 10.3.10.*}, {@code 10.3.10.4-18}). */
    private static final Pattern INTERFACE = Pattern.compile("[0-9*]{1,3}(-[0-9]{1,3})?(\\.[0-9*]{1,3}(-[0-9]{1,3})?){3}");

    private ClusterSettings() {
    }

    static String name(String v) {
        String name = v.trim();
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a cluster name has 1 to 64 letters, digits, '.', '_' or '-'");
        }
        return name;
    }

    /** {@code host:port[,host:port...]}, normalised without spaces. */
    static String members(String v) {
        List<String> members = new ArrayList<>();
        for (String raw : v.split(",", -1)) {
            String member = raw.trim();
            int colon = member.lastIndexOf(':');
            if (colon <= 0 || !HOST.matcher(member.substring(0, colon)).matches() || !isPort(member.substring(colon + 1))) {
                throw new IllegalArgumentException("expected the members' data-grid addresses as host:port, comma-separated,"
                        + " such as 10.0.0.1:6900,10.0.0.2:6900");
            }
            members.add(member);
        }
        return String.join(",", members);
    }

    static String interfaces(String v) {
        List<String> interfaces = new ArrayList<>();
        for (String raw : v.split(",", -1)) {
            String one = raw.trim();
            if (!INTERFACE.matcher(one).matches()) {
                throw new IllegalArgumentException("expected IPv4 interfaces, comma-separated, such as 127.0.0.1 or 10.0.0.*");
            }
            interfaces.add(one);
        }
        return String.join(",", interfaces);
    }

    private static boolean isPort(String text) {
        if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int port = Integer.parseInt(text);
        return port >= 1 && port <= 65535;
    }
}
