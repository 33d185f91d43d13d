package org.polymetric.counters.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Whose series: an app in a region, cloud and cluster, or a license. */
class SourceTest {
    private static final String APPID = "5e1fb724-7139-4b96-aa67-9d4c37b27bb0";

    @Test
    void anAppWithoutCloudOrClusterIsInThePublicCloudsDefaultCluster() {
        // every query of the seed's samples says "cloud": "public", "cluster": "default"
        assertEquals(new Source.App(APPID, Region.EU, "public", "default"), Source.App.of(APPID, Region.EU));
    }

    @Test
    void theSameAppInAnotherRegionOrClusterIsAnotherSource() {
        assertNotEquals(Source.App.of(APPID, Region.EU), Source.App.of(APPID, Region.US));
        assertNotEquals(Source.App.of(APPID, Region.EU), new Source.App(APPID, Region.EU, "public", "blue"));
    }

    @Test
    void sourcesTellTheirKind() {
        assertEquals(Counter.Kind.APP, Source.App.of(APPID, Region.EU).kind());
        assertEquals(Counter.Kind.LICENSE, new Source.License("0xc648c47f82c70b723f0225e12b8ce4f2").kind());
    }

    @Test
    void everyPartIsRequired() {
        assertThrows(NullPointerException.class, () -> Source.App.of(null, Region.EU));
        assertThrows(NullPointerException.class, () -> Source.App.of(APPID, null));
        assertThrows(NullPointerException.class, () -> new Source.App(APPID, Region.EU, null, "default"));
        assertThrows(NullPointerException.class, () -> new Source.App(APPID, Region.EU, "public", null));
        assertThrows(NullPointerException.class, () -> new Source.License(null));
    }
}
