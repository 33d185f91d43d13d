package org.polymetric.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's output, split in two: every line goes to {@code <data dir>/logs/server.log}, and
 * the console gets only what needs a person: Polymetric's own warnings (the first-run password
 * among them) and any other warning or error, except Payara's known harmless ones
 * ({@link #HARMLESS}). The file is bounded: the previous start's log, or one that grows past
 * {@link #MAX_BYTES}, moves to {@code server.log.1}, replacing the one there.
 */
final class ServerLog implements AutoCloseable {
    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final String POLYMETRIC_LOGGERS = "org.polymetric.";
    /**
     * Warnings Payara prints at every normal start that need nobody (they stay in the file), by a
     * piece of their text, with why.
     */
    static final Map<String, String> HARMLESS = Map.of(
            // Payara checks the CA certificates its truststore carries (Debian's carries the same
            // kind) and names each expired one; an expired root is simply never trusted
            "NCLS-SECURITY-05054", "an expired CA certificate in the truststore",
            // the deployment scans the WAR in a throw-away class loader, in which the MariaDB
            // driver registers itself; Payara unregisters it when it drops that loader
            "registered the JDBC driver [org.mariadb.jdbc.Driver] but failed to unregister it",
                    "the deployment's temporary class loader",
            // several Payara instances on one machine (tests, bench/cluster) take the next free port
            "Some of the ports seem occupied", "Hazelcast's port taken by another instance on this machine");

    /** {@code [time] [] [LEVEL] [message id] [logger] [tid: ...] [timeMillis: ...] [levelValue: N] message} */
    static final Pattern RECORD = Pattern.compile(
            "^\\[\\d{4}-\\d\\d-\\d\\dT[^]]*] \\[[^]]*] \\[(\\w+)] \\[([^]]*)] \\[([^]]*)] \\[tid: [^]]*] \\[timeMillis: \\d+] \\[levelValue: (\\d+)] ?(.*)$");
    static final Pattern COLOUR = Pattern.compile("\u001B\\[[0-9;]*m");
    /** Where a message's explanation ends and its stack trace begins. */
    static final Pattern STACK = Pattern.compile("^(\\s+at |Caused by: |[\\w$.]+\\.[\\w$]*(Exception|Error)(: |$))");
    static final int WARNING = 900;

    private final Path file;
    private final PrintStream console;
    private Writer out;
    private long written;
    /** The record being read, while it is shown on the console; null while it is not. */
    private List<String> shown;
    private boolean inRecord;
    private boolean unwritable;

    ServerLog(Path file, PrintStream console) throws IOException {
        this.file = file;
        this.console = console;
        Files.createDirectories(file.getParent());
        rotate();
    }

    Path file() {
        return file;
    }

    /** One line of the server's output. */
    void line(String raw) {
        String line = COLOUR.matcher(raw).replaceAll("");
        write(line);
        Matcher record = RECORD.matcher(line);
        if (record.matches()) {
            endRecord();
            inRecord = true;
            int level = Integer.parseInt(record.group(4));
            if (level >= WARNING && needsAPerson(line, record.group(3))) {
                shown = new ArrayList<>();
                shown.add("[polymetric] " + record.group(1) + " " + record.group(3) + ":");
                body(record.group(5));
            }
        } else if (!inRecord) {
            // before Payara's logging starts: the JVM's own complaints (no heap, bad option)
            console.println(line);
        } else if (shown != null) {
            body(line);
        }
    }

    private static boolean needsAPerson(String line, String logger) {
        return logger.startsWith(POLYMETRIC_LOGGERS) || HARMLESS.keySet().stream().noneMatch(line::contains);
    }

    private void body(String text) {
        String t = text.replace("[[", "").replace("]]", "");
        if (shown.size() > 1 && STACK.matcher(t).find()) {
            // the trace is for whoever reads the file
            shown.add("  (the details are in " + file + ")");
            endRecord();
            return;
        }
        if (!t.isBlank() || shown.size() > 1) {
            shown.add(t);
        }
    }

    /** Prints the record being read if it is shown. */
    void endRecord() {
        if (shown == null) {
            return;
        }
        List<String> lines = shown;
        shown = null;
        while (lines.size() > 1 && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        if (lines.size() == 2) {
            console.println(lines.get(0) + " " + lines.get(1).strip());
        } else {
            lines.forEach(console::println);
        }
    }

    private void write(String line) {
        try {
            if (written > MAX_BYTES) {
                rotate();
            }
            out.write(line);
            out.write('\n');
            out.flush();
            written += line.length() + 1;
        } catch (IOException e) {
            // a full disk must not stop the server; say so once, not at every line
            if (!unwritable) {
                unwritable = true;
                console.println("[polymetric] WARNING: cannot write " + file + ": " + e.getMessage());
            }
        }
    }

    private void rotate() throws IOException {
        if (out != null) {
            out.close();
        }
        if (Files.exists(file)) {
            Files.move(file, file.resolveSibling(file.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
        }
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        written = 0;
    }

    @Override
    public void close() {
        endRecord();
        try {
            out.close();
        } catch (IOException e) {
            // nothing left to save
        }
    }
}
