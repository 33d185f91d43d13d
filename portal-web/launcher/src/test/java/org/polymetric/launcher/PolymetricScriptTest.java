package org.polymetric.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./polymetric} on a machine that lacks the build's tools: a copy of the script runs with a
 * PATH of the shell's basic commands plus stand-ins for {@code id}, {@code apt-get},
 * {@code apt-cache} and the tools a case has, so no package is really installed.
 */
class PolymetricScriptTest {
    static final Path SCRIPT = Path.of("../../polymetric").toAbsolutePath().normalize();
    /** What the script itself calls besides the tools under test. */
    static final List<String> BASICS = List.of("dirname", "readlink", "awk", "grep", "head", "find", "sed", "cat");

    @TempDir
    Path temp;
    Path bin;
    Path calls;

    record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void machine() throws IOException {
        bin = Files.createDirectories(temp.resolve("bin"));
        calls = temp.resolve("calls.log");
        for (String basic : BASICS) {
            // a wrapper, not a link: JUnit warns about links leaving its temp folder
            executable(bin.resolve(basic), "exec " + which(basic) + " \"$@\"");
        }
        Files.copy(SCRIPT, temp.resolve("polymetric"));
        // Debian 12's candidates: JDK 17, no JDK 25
        tool("apt-cache", "case $2 in openjdk-17-*) echo '  Candidate: 17.0.21';; *) echo '  Candidate: (none)';; esac");
    }

    private static Path which(String name) {
        for (String dir : List.of("/usr/bin", "/bin")) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        throw new IllegalStateException(name + " not found");
    }

    /** A stand-in command that records its arguments and then runs {@code body}. */
    private void tool(String name, String body) throws IOException {
        executable(bin.resolve(name), "echo \"" + name + " $*\" >> " + calls + "\n" + body);
    }

    private static void executable(Path p, String body) throws IOException {
        Files.writeString(p, "#!/bin/bash\n" + body + "\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private void user(int uid) throws IOException {
        tool("id", "echo " + uid);
    }

    private Run run(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("/bin/bash", temp.resolve("polymetric").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectOutput(temp.resolve("out").toFile()).redirectError(temp.resolve("err").toFile());
        pb.environment().put("PATH", bin.toString());
        Process p = pb.start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return new Run(p.exitValue(), Files.readString(temp.resolve("out")), Files.readString(temp.resolve("err")));
    }

    private String calls() throws IOException {
        return Files.exists(calls) ? Files.readString(calls) : "";
    }

    @Test
    void withoutRootItNamesTheOneCommandAndStops() throws Exception {
        user(1000);
        tool("apt-get", "exit 0");
        Run run = run();
        assertEquals(2, run.exit());
        assertEquals("polymetric: missing for the build: openjdk-17-jdk-headless maven npm; "
                + "install with: sudo apt-get install -y openjdk-17-jdk-headless maven npm\n", run.err());
        assertFalse(calls().contains("apt-get"), "nothing installed: " + calls());
    }

    @Test
    void aJdkOlderThan17CountsAsMissing() throws Exception {
        user(1000);
        tool("javac", "echo 'javac 11.0.22' >&2");
        tool("mvn", "exit 0");
        tool("npm", "exit 0");
        Run run = run();
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("missing for the build: openjdk-17-jdk-headless; install with: sudo apt-get install -y openjdk-17-jdk-headless"), run.err());
    }

    @Test
    void asRootItInstallsWhatIsMissingAndGoesOnToBuild() throws Exception {
        user(0);
        // apt-get "installs" by putting the tools on the PATH; the build then fails on purpose
        String installed = "javac:echo 'javac 17.0.21' >&2|mvn:echo \"mvn $*\" >> " + calls + "; exit 7|npm:exit 0";
        StringBuilder install = new StringBuilder("if [[ $1 == install ]]; then\n");
        for (String t : installed.split("\\|")) {
            String[] nameBody = t.split(":", 2);
            Path p = bin.resolve(nameBody[0]);
            install.append("printf '%s\\n' '#!/bin/bash' '").append(nameBody[1].replace("'", "'\\''")).append("' > ").append(p)
                    .append("; /bin/chmod +x ").append(p).append('\n');
        }
        install.append("fi");
        tool("apt-get", install.toString());
        Run run = run();
        assertEquals(7, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("polymetric: installing openjdk-17-jdk-headless maven npm"), run.out());
        List<String> log = calls().lines().toList();
        assertEquals(List.of("apt-get update -qq", "apt-get install -y -qq openjdk-17-jdk-headless maven npm",
                "mvn -B -q -DskipTests install"), log.stream().filter(l -> l.startsWith("apt-get") || l.startsWith("mvn")).toList());
    }

    @Test
    void theBrowserTestsNameChromiumWithoutRoot() throws Exception {
        user(1000);
        tool("javac", "echo 'javac 17.0.21' >&2");
        tool("mvn", "exit 0");
        tool("npm", "exit 0");
        Run run = run("test");
        assertEquals(2, run.exit());
        assertEquals("polymetric: missing for the browser tests: chromium chromium-driver; install with: sudo apt-get install -y chromium chromium-driver\n",
                run.err());
        assertFalse(calls().contains("mvn"), "no build started");
    }
}
