package org.polymetric.launcher;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.polymetric.kernel.config.Setting;
import org.polymetric.kernel.config.Settings;

/**
 * Payara Micro's data-grid (Hazelcast) options for the checked settings: {@code --nocluster} for
 * the one-machine default, else the cluster {@code POLYMETRIC_CLUSTER} names, whose members are
 * found over TCP at {@code POLYMETRIC_CLUSTER_MEMBERS} (no multicast: it rarely crosses a network
 * and would find strangers on a shared one), bound to {@code POLYMETRIC_CLUSTER_INTERFACE}
 * (loopback when unset, so a grid is never open to the network by accident). The grid carries the
 * web sessions ({@code <distributable/>}) and the JCache the rate limits count in.
 */
final class DataGridOptions {
    static final String DEFAULT_INTERFACE = "127.0.0.1";

    private DataGridOptions() {
    }

    static List<String> of(Settings settings) {
        if (settings.get(Setting.CLUSTER).isEmpty()) {
            return List.of("--nocluster");
        }
        String members = settings.require(Setting.CLUSTER_MEMBERS);
        List<String> options = new ArrayList<>(List.of(
                "--clustername", settings.require(Setting.CLUSTER),
                "--clustermode", "tcpip:" + members,
                "--interfaces", settings.get(Setting.CLUSTER_INTERFACE).orElse(DEFAULT_INTERFACE)));
        settings.get(Setting.CLUSTER_PORT).ifPresent(port -> options.addAll(List.of("--startport", port)));
        if (sharesAHost(members)) {
            // Payara's default "host aware" partitioning keeps a backup only on a member with
            // another address; members sharing one would have nowhere to keep the backups of
            // what they own (sessions, rate counts), which would then die with their owner
            options.add("--nohostaware");
        }
        return List.copyOf(options);
    }

    /** Whether two members of the list are on one host. */
    static boolean sharesAHost(String members) {
        Set<String> hosts = new HashSet<>();
        for (String member : members.split(",")) {
            if (!hosts.add(member.substring(0, member.lastIndexOf(':')))) {
                return true;
            }
        }
        return false;
    }
}
