package org.polymetric.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies every owner's Flyway migrations before the server touches the database. The WAR is
 * the source of truth: each jar in {@code WEB-INF/lib} may carry {@code polymetric/sql/<owner>/},
 * so a WAR built without a module migrates without it. Each owner has its own history table
 * ({@code flyway_history_<owner>}); the kernel goes first, then modules by name.
 */
public final class Migrations {
    static final String PREFIX = "polymetric/sql/";

    private Migrations() {
    }

    /** One owner's migrations, copied out of the WAR into a folder Flyway can read. */
    public record Owner(String id, Path folder) {
    }

    /** Copies the WAR's migrations under {@code workDir} and returns them in the order to apply. */
    public static List<Owner> extract(Path war, Path workDir) throws IOException {
        deleteTree(workDir);
        TreeMap<String, Path> owners = new TreeMap<>();
        try (ZipFile zip = new ZipFile(war.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                if (entry.getName().startsWith("WEB-INF/lib/") && entry.getName().endsWith(".jar")) {
                    try (ZipInputStream jar = new ZipInputStream(zip.getInputStream(entry))) {
                        copySql(jar, workDir, owners);
                    }
                }
            }
        }
        List<Owner> ordered = new ArrayList<>();
        if (owners.containsKey("kernel")) {
            ordered.add(new Owner("kernel", owners.remove("kernel")));
        }
        owners.forEach((id, folder) -> ordered.add(new Owner(id, folder)));
        return ordered;
    }

    private static void copySql(ZipInputStream jar, Path workDir, TreeMap<String, Path> owners) throws IOException {
        for (ZipEntry e = jar.getNextEntry(); e != null; e = jar.getNextEntry()) {
            String name = e.getName();
            if (e.isDirectory() || !name.startsWith(PREFIX) || !name.endsWith(".sql")) {
                continue;
            }
            String[] parts = name.substring(PREFIX.length()).split("/");
            if (parts.length != 2 || !parts[0].matches("[a-z][a-z0-9]{1,30}")) {
                continue;
            }
            Path folder = workDir.resolve(parts[0]);
            Files.createDirectories(folder);
            Path target = folder.resolve(parts[1]);
            if (Files.exists(target)) {
                throw new IOException("two jars in the WAR carry " + name + ": each owner's migrations belong to one jar");
            }
            Files.copy(jar, target);
            owners.put(parts[0], folder);
        }
    }

    /** Migrates every owner; returns how many migrations ran. */
    public static int apply(DatabaseTarget db, List<Owner> owners) {
        int applied = 0;
        for (Owner owner : owners) {
            MigrateResult result = Flyway.configure()
                    .dataSource(db.url(), db.user(), db.password())
                    .locations("filesystem:" + owner.folder().toAbsolutePath())
                    .table("flyway_history_" + owner.id())
                    // owners share one schema: a second owner finds tables it did not create
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            applied += result.migrationsExecuted;
        }
        return applied;
    }

    /** Extracts from the WAR and migrates, in one call (launcher and tests). */
    public static int applyFromWar(DatabaseTarget db, Path war, Path workDir) throws IOException {
        return apply(db, extract(war, workDir));
    }

    /** Deletes a folder and everything in it; nothing when it does not exist. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

}
