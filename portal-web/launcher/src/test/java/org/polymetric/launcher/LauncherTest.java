package org.polymetric.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polymetric.kernel.config.ModuleSettings;
import org.polymetric.kernel.config.SettingsCatalog;

/**
 * Runs {@code Launcher} as the operator does, in its own JVM, and checks that a bad setting stops
 * it before anything starts: exit code 2 and one line on stderr.
 */
class LauncherTest {
    @TempDir
    Path temp;

    private record Run(int exitCode, List<String> stderr, String stdout) {
    }

    /**
     * A WAR as the build makes it, as far as settings go: the two theme jars, a module jar that
     * declares {@code POLYMETRIC_SAMPLE_LIMIT} and a library jar that declares nothing.
     */
    private Path war(boolean withModule) throws IOException {
        Path war = temp.resolve(withModule ? "polymetric.war" : "without-sample.war");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(war))) {
            jar(out, "theme-default.jar", SettingsCatalog.THEMES_RESOURCE, "default=Default\n");
            jar(out, "theme-dark.jar", SettingsCatalog.THEMES_RESOURCE, "dark=Dark\n");
            if (withModule) {
                jar(out, "sample.jar", "META-INF/services/" + ModuleSettings.class.getName(),
                        SampleModuleSettings.class.getName() + "\n");
            }
            jar(out, "library.jar", "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n");
        }
        return war;
    }

    private static void jar(ZipOutputStream war, String name, String entry, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream jar = new ZipOutputStream(bytes)) {
            jar.putNextEntry(new ZipEntry(entry));
            jar.write(content.getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        war.putNextEntry(new ZipEntry("WEB-INF/lib/" + name));
        war.write(bytes.toByteArray());
        war.closeEntry();
    }

    private Run launch(Map<String, String> settings) throws IOException, InterruptedException {
        return launch(settings, war(true));
    }

    private Run launch(Map<String, String> settings, Path war) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // never started: every run here stops at the settings
        Path payara = Files.write(temp.resolve("payara-micro.jar"), new byte[0]);
        ProcessBuilder builder = new ProcessBuilder(java.toString(),
                "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "--war", war.toString(), "--payara", payara.toString());
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
        assertEquals("polymetric: POLYMETRIC_THEME='purple' is invalid: must be one of dark, default", run.stderr().get(0));
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

    @Test
    void aModulesBadValueStopsTheStartWithTheModulesMessage() throws Exception {
        Run run = launch(Map.of("POLYMETRIC_SAMPLE_LIMIT", "500"));
        assertStopsWith(run, "polymetric: POLYMETRIC_SAMPLE_LIMIT='500' is invalid: a limit is 1 to 99");
    }

    @Test
    void aModulesSettingIsUnknownWhenTheWarHasNoSuchModule() throws Exception {
        Run run = launch(Map.of("POLYMETRIC_SAMPLE_LIMIT", "5"), war(false));
        assertStopsWith(run, "polymetric: POLYMETRIC_SAMPLE_LIMIT is not a Polymetric setting");
    }

    @Test
    void theUnknownNameMessageListsTheWarsModuleSettings() throws Exception {
        Run run = launch(Map.of("POLYMETRIC_SAMPLE_LIMT", "5"));
        assertStopsWith(run, "polymetric: POLYMETRIC_SAMPLE_LIMT is not a Polymetric setting");
        assertTrue(run.stderr().get(0).endsWith(", POLYMETRIC_SAMPLE_LIMIT)"), run.stderr().get(0));
    }

    @Test
    void aClusterOnTheEmbeddedDatabaseStopsTheStartWithOneLine() throws Exception {
        Run run = launch(Map.of("POLYMETRIC_CLUSTER", "analytics", "POLYMETRIC_CLUSTER_MEMBERS", "127.0.0.1:6900"));
        assertStopsWith(run, "polymetric: POLYMETRIC_CLUSTER is set but POLYMETRIC_DB_URL is not: the instances of a cluster share one external MariaDB");
    }

    @Test
    void aClusterWithoutMembersStopsTheStartWithOneLine() throws Exception {
        Run run = launch(Map.of("POLYMETRIC_CLUSTER", "analytics", "POLYMETRIC_DB_URL", "jdbc:mariadb://127.0.0.1:1/polymetric"));
        assertStopsWith(run, "polymetric: POLYMETRIC_CLUSTER is set but POLYMETRIC_CLUSTER_MEMBERS is not");
    }

    @Test
    void aMemberWithoutAPortStopsTheStartWithOneLine() throws Exception {
        Run run = launch(Map.of("POLYMETRIC_CLUSTER", "analytics", "POLYMETRIC_CLUSTER_MEMBERS", "10.0.0.1:6900,10.0.0.2"));
        assertStopsWith(run, "polymetric: POLYMETRIC_CLUSTER_MEMBERS='10.0.0.1:6900,10.0.0.2' is invalid: expected the members' data-grid addresses as host:port");
    }

    @Test
    void aClusterCompanionWithoutTheClusterStopsTheStartWithOneLine() throws Exception {
        Run run = launch(Map.of("POLYMETRIC_CLUSTER_MEMBERS", "127.0.0.1:6900"));
        assertStopsWith(run, "polymetric: POLYMETRIC_CLUSTER_MEMBERS is set but POLYMETRIC_CLUSTER is not");
    }

    @Test
    void aThemeNoJarInTheWarDeclaresStopsTheStart() throws Exception {
        Path war = temp.resolve("default-only.war");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(war))) {
            jar(out, "theme-default.jar", SettingsCatalog.THEMES_RESOURCE, "default=Default\n");
        }
        Run run = launch(Map.of("POLYMETRIC_THEME", "dark"), war);
        assertStopsWith(run, "polymetric: POLYMETRIC_THEME='dark' is invalid: must be one of default");
    }
}
