package org.polymetric.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Payara's output as a start prints it (colours included): what reaches the console, what the file keeps. */
class ServerLogTest {
    @TempDir
    Path temp;

    static String header(String level, String id, String logger, int value) {
        String colour = value >= 900 ? "\u001B[1;93m" : "\u001B[1;92m";
        return "[2026-12-04T23:20:21.344+0000] [] [" + colour + level + "\u001B[0m] [" + id + "] [\u001B[1;94m" + logger
                + "\u001B[0m] [tid: _ThreadID=1 _ThreadName=main] [timeMillis: 1796426421344] [levelValue: " + value + "] ";
    }

    static final List<String> START = List.of(
            header("INFO", "", "PayaraMicro", 800) + "Payara Micro Runtime directory is located at /data/payara",
            "",
            header("WARNING", "NCLS-SECURITY-05054", "javax.enterprise.system.security.ssl", 900) + "[[",
            "  The SSL certificate with alias cert_7_entrust has expired: [",
            "  Version: V3",
            "]]]",
            "",
            header("WARNING", "", "jakarta.enterprise.web.util", 900) + "The web application [unknown] registered the JDBC driver "
                    + "[org.mariadb.jdbc.Driver] but failed to unregister it when the web application was stopped.",
            "",
            header("WARNING", "", "org.polymetric.kernel.identity.FirstRun", 900) + "[[",
            "  ",
            "************************************************************************",
            "First run: created the administrator admin@polymetric.local with the password",
            "",
            "    NixTN3VC36ZPzovYvWAK",
            "",
            "************************************************************************]]",
            "",
            header("SEVERE", "", "org.glassfish.deployment", 1000) + "[[",
            "  Exception while loading the app",
            "java.lang.IllegalStateException: broken",
            "\tat org.example.Thing.run(Thing.java:1)",
            "]]",
            "",
            header("WARNING", "", "org.polymetric.kernel.web.DatabaseReadiness", 900) + "readiness: the database does not answer",
            "",
            header("INFO", "", "PayaraMicro", 800) + "Payara Micro 6.2025.10 (build 42) ready in 12,751 (ms)");

    @Test
    void theConsoleGetsWhatNeedsAPersonAndTheFileEverything() throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        Path file = temp.resolve("logs/server.log");
        try (ServerLog log = new ServerLog(file, new PrintStream(console, true, StandardCharsets.UTF_8))) {
            log.line("Error: Could not reserve enough space for object heap");
            START.forEach(log::line);
        }
        assertEquals("""
                Error: Could not reserve enough space for object heap
                [polymetric] WARNING org.polymetric.kernel.identity.FirstRun:
                ************************************************************************
                First run: created the administrator admin@polymetric.local with the password

                    NixTN3VC36ZPzovYvWAK

                ************************************************************************
                [polymetric] SEVERE org.glassfish.deployment:
                  Exception while loading the app
                  (the details are in %s)
                [polymetric] WARNING org.polymetric.kernel.web.DatabaseReadiness: readiness: the database does not answer
                """.formatted(file), console.toString(StandardCharsets.UTF_8));
        String kept = Files.readString(file);
        assertEquals(START.size() + 1, kept.lines().count(), "every line, in the file");
        assertTrue(kept.contains("[WARNING] [NCLS-SECURITY-05054] [javax.enterprise.system.security.ssl]"), "without colours");
        assertTrue(kept.contains("\tat org.example.Thing.run"), "the trace stays in the file");
    }

    @Test
    void theLastStartsLogIsKeptAsServerLog1() throws Exception {
        Path file = temp.resolve("server.log");
        try (ServerLog log = new ServerLog(file, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            log.line("first start");
        }
        try (ServerLog log = new ServerLog(file, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            log.line("second start");
        }
        assertEquals("second start\n", Files.readString(file));
        assertEquals("first start\n", Files.readString(temp.resolve("server.log.1")));
    }

    @Test
    void theFileIsBounded() throws Exception {
        Path file = temp.resolve("server.log");
        String line = "x".repeat(1023);
        try (ServerLog log = new ServerLog(file, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            for (long i = 0; i < 3 * ServerLog.MAX_BYTES / 1024; i++) {
                log.line(line);
            }
        }
        assertTrue(Files.size(file) <= ServerLog.MAX_BYTES + 1024, "server.log: " + Files.size(file));
        assertTrue(Files.size(temp.resolve("server.log.1")) <= ServerLog.MAX_BYTES + 1024);
    }
}
