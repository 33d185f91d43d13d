package org.polymetric.counters.domain;

import java.util.Comparator;
import java.util.Objects;

/**
 * Where an app's game servers run: a Photon cloud and a cluster in it. Most apps have only the
 * public cloud's default cluster; a self-hosted or dedicated cloud, or several clusters, name
 * theirs in the line protocol's {@code cloud} and {@code cluster} tags.
 */
public record CloudCluster(String cloud, String cluster) {
    /** The public cloud's default cluster: the seed's samples, and every app that names none. */
    public static final CloudCluster DEFAULT = new CloudCluster(Source.App.PUBLIC_CLOUD, Source.App.DEFAULT_CLUSTER);

    /** The default first, then by cloud and cluster. */
    public static final Comparator<CloudCluster> ORDER = Comparator.comparing((CloudCluster c) -> !c.equals(DEFAULT))
            .thenComparing(CloudCluster::cloud).thenComparing(CloudCluster::cluster);

    public CloudCluster {
        Objects.requireNonNull(cloud, "cloud");
        Objects.requireNonNull(cluster, "cluster");
    }

    /** The place named, parts left blank standing for the default's. */
    public static CloudCluster of(String cloud, String cluster) {
        return new CloudCluster(cloud == null || cloud.isBlank() ? DEFAULT.cloud : cloud,
                cluster == null || cluster.isBlank() ? DEFAULT.cluster : cluster);
    }

    /** The app's source in one region of this cloud and cluster. */
    public Source.App in(String appid, Region region) {
        return new Source.App(appid, region, cloud, cluster);
    }
}
