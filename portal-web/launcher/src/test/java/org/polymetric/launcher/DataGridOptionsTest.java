package org.polymetric.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.polymetric.kernel.config.Settings;
import org.polymetric.kernel.config.SettingsCatalog;

class DataGridOptionsTest {
    private static final String DB = "jdbc:mariadb://db.example:3306/polymetric";

    private static List<String> options(Map<String, String> env) {
        return DataGridOptions.of(Settings.from(env, Map.of(), new SettingsCatalog(List.of(), Map.of("default", "Default"))));
    }

    @Test
    void withoutAClusterTheServerRunsAlone() {
        assertEquals(List.of("--nocluster"), options(Map.of()));
        assertEquals(List.of("--nocluster"), options(Map.of("POLYMETRIC_DB_URL", DB)));
    }

    @Test
    void aClusterOnSeveralHostsFindsItsMembersOverTcpOnLoopbackByDefault() {
        assertEquals(List.of("--clustername", "analytics", "--clustermode", "tcpip:10.0.0.1:6900,10.0.0.2:6900",
                        "--interfaces", "127.0.0.1"),
                options(Map.of("POLYMETRIC_DB_URL", DB, "POLYMETRIC_CLUSTER", "analytics",
                        "POLYMETRIC_CLUSTER_MEMBERS", "10.0.0.1:6900, 10.0.0.2:6900")));
    }

    @Test
    void theInterfaceAndTheStartPortAreHandedOn() {
        assertEquals(List.of("--clustername", "analytics", "--clustermode", "tcpip:10.0.0.1:5900,10.0.0.2:5900",
                        "--interfaces", "10.0.0.*", "--startport", "5900"),
                options(Map.of("POLYMETRIC_DB_URL", DB, "POLYMETRIC_CLUSTER", "analytics",
                        "POLYMETRIC_CLUSTER_MEMBERS", "10.0.0.1:5900,10.0.0.2:5900",
                        "POLYMETRIC_CLUSTER_INTERFACE", "10.0.0.*", "POLYMETRIC_CLUSTER_PORT", "5900")));
    }

    @Test
    void instancesSharingAHostKeepTheirBackupsOnEachOther() {
        List<String> options = options(Map.of("POLYMETRIC_DB_URL", DB, "POLYMETRIC_CLUSTER", "bench",
                "POLYMETRIC_CLUSTER_MEMBERS", "127.0.0.1:6900,127.0.0.1:6901"));
        assertEquals("--nohostaware", options.get(options.size() - 1));
        assertTrue(DataGridOptions.sharesAHost("a:1,b:2,a:3"));
        assertFalse(DataGridOptions.sharesAHost("a:1,b:1"));
    }
}
