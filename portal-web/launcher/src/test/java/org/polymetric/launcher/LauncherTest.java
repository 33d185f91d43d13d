package org.polymetric.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code Launcher} as the operator does, in its own JVM, and checks that a bad setting stops
 * it before anything starts: exit code 2 and one line on stderr.
 */
class LauncherTest {
    @TempDir
    Path temp;

    private record Run(int exitCode, List<String> stderr, String stdout) {
    }

    private Run launch(Map<String, String> settings) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(),
                "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("POLYMETRIC_"));
        // either would make the JVM itself print a "Picked up ..." line on stderr
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("JDK_JAVA_OPTIONS");
        env.putAll(settings);
        Path err = temp.resolve("stderr.txt");
        Path out = temp.resolve("stdout.txt");
        builder.redirectError(err.toFile()).redirectOutput(out.toFile()).directory(temp.toFile());
        Process process = builder.start();
        // a safety net so that a launcher that does not stop fails the test instead of hanging the build
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("the launcher did not stop on a bad setting");
        }
        int exit = process.exitValue();
        return new Run(exit, Files.readAllLines(err, StandardCharsets.UTF_8), Files.readString(out, StandardCharsets.UTF_8));
    }

    private static void assertStopsWith(Run run, String expectedStart) {
        assertEquals(2, run.exitCode(), "exit code; stderr: " + run.stderr());
        assertEquals(1, run.stderr().size(), "a single line on stderr: " + run.stderr());
        assertTrue(run.stderr().get(0).startsWith(expectedStart), run.stderr().get(0));
        assertEquals("", run.stdout(), "nothing was started");
    }

    @Test
    void unknownThemeStopsTheStartWithOneLine() throws Exception {
        Run run = launch(Map.of("POLYMETRIC_THEME", "purple"));
        assertStopsWith(run, "polymetric: POLYMETRIC_THEME='purple' is invalid");
        assertEquals("polymetric: POLYMETRIC_THEME='purple' is invalid: must be one of default, dark", run.stderr().get(0));
    }

    @Test
    void nonNumericPortStopsTheStartWithOneLine() throws Exception {
        Run run = launch(Map.of("POLYMETRIC_HTTP_PORT", "abc"));
        assertStopsWith(run, "polymetric: POLYMETRIC_HTTP_PORT='abc' is invalid: a port is a number from 1 to 65535");
    }

    @Test
    void unknownSettingStopsTheStartWithOneLine() throws Exception {
        Run run = launch(Map.of("POLYMETRIC_COLOUR", "x"));
        assertStopsWith(run, "polymetric: POLYMETRIC_COLOUR is not a Polymetric setting");
    }

    @Test
    void missingGeoIpCityDatabaseStopsTheStartWithOneLine() throws Exception {
        String missing = temp.resolve("GeoLite2-City.mmdb").toString();
        Run run = launch(Map.of("POLYMETRIC_GEOIP_CITY_DB", missing));
        assertStopsWith(run, "polymetric: POLYMETRIC_GEOIP_CITY_DB='" + missing + "' is invalid: no such file");
    }

    @Test
    void missingGeoIpAsnDatabaseStopsTheStartWithOneLine() throws Exception {
        String missing = temp.resolve("GeoLite2-ASN.mmdb").toString();
        Run run = launch(Map.of("POLYMETRIC_GEOIP_ASN_DB", missing));
        assertStopsWith(run, "polymetric: POLYMETRIC_GEOIP_ASN_DB='" + missing + "' is invalid: no such file");
    }
}
