package org.polymetric.launcher;

import java.util.List;
import java.util.Locale;

/**
 * How much memory the server and the embedded MariaDB take ({@code POLYMETRIC_MEMORY}). The
 * figures behind both profiles (RSS at idle and under load) are in the root README, "Memory".
 */
enum MemoryProfile {
    /**
     * A fixed 1 GB heap, collected by the parallel collector. The portal keeps a small live set
     * and SDK traffic makes short-lived garbage only, so what counts is the young pause every
     * request in flight waits out: the parallel collector's are several times shorter than G1's
     * under ingest (G1 also scans its remembered sets and code roots in every pause, and with a
     * growing heap runs marking cycles often). The price is a full collection when the old
     * generation fills, a few hundred milliseconds, which at the portal's promotion rate is hours
     * apart. Figures: {@code bench/results/history-events.md}. MariaDB keeps its defaults (a
     * 128 MB buffer pool).
     */
    STANDARD("-Xms1g -Xmx1g -XX:+UseParallelGC", List.of()),
    /**
     * For a machine with 1 GB: a 256 MB heap (the portal's live set after a start is some 100 MB),
     * serial collection (no collector threads or remembered sets to hold), smaller code cache and
     * metaspace reserves, thread stacks of 512 KB; MariaDB with a 32 MB buffer pool, small log
     * and sort buffers and at most 60 connections (the portal's pool holds 32). Ingest keeps
     * working, with longer young pauses and fewer rows of hot indexes in memory.
     */
    SMALL("-Xms256m -Xmx256m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=256m -Xss512k",
            List.of("--innodb-buffer-pool-size=32M", "--innodb-log-buffer-size=4M", "--key-buffer-size=4M",
                    "--sort-buffer-size=256K", "--max-connections=60", "--performance-schema=OFF"));

    /** The server JVM's options, as {@code --jvm} takes them. */
    final String jvm;
    /** Options of the embedded MariaDB besides the launcher's own. */
    final List<String> database;

    MemoryProfile(String jvm, List<String> database) {
        this.jvm = jvm;
        this.database = database;
    }

    /** The profile a checked {@code POLYMETRIC_MEMORY} value names. */
    static MemoryProfile of(String setting) {
        return valueOf(setting.toUpperCase(Locale.ROOT));
    }
}
