package org.polymetric.counters.domain;

import java.util.Objects;

/**
 * Whose counters a series holds: a Photon Cloud app in one region (the seed's bulk queries name
 * it by {@code appid}, {@code cloud}, {@code cluster} and {@code region}), or a Photon Server
 * license (by {@code hash}).
 */
public sealed interface Source {
    Counter.Kind kind();

    /**
     * An app's counters in one region of one cloud and cluster.
     *
     * @param appid the game's key (the kernel's {@code Game.key})
     */
    record App(String appid, Region region, String cloud, String cluster) implements Source {
        /** The cloud of the seed's samples, and of every app that names none. */
        public static final String PUBLIC_CLOUD = "public";
        /** The cluster of the seed's samples, and of every app that names none. */
        public static final String DEFAULT_CLUSTER = "default";

        public App {
            Objects.requireNonNull(appid, "appid");
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(cloud, "cloud");
            Objects.requireNonNull(cluster, "cluster");
        }

        /** The app in the public cloud's default cluster. */
        public static App of(String appid, Region region) {
            return new App(appid, region, PUBLIC_CLOUD, DEFAULT_CLUSTER);
        }

        @Override
        public Counter.Kind kind() {
            return Counter.Kind.APP;
        }
    }

    /** A Photon Server license's counters. */
    record License(String hash) implements Source {
        public License {
            Objects.requireNonNull(hash, "hash");
        }

        @Override
        public Counter.Kind kind() {
            return Counter.Kind.LICENSE;
        }
    }
}
