package org.polymetric.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
    @TempDir
    Path temp;

    /** A zip with the given entries; a name ending in "/" is a directory entry. */
    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                if (!e.getKey().endsWith("/")) {
                    zip.write(e.getValue());
                }
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> entries(Object... nameThenContent) {
        Map<String, byte[]> map = new LinkedHashMap<>();
        for (int i = 0; i < nameThenContent.length; i += 2) {
            Object content = nameThenContent[i + 1];
            map.put((String) nameThenContent[i], content instanceof String s ? text(s) : (byte[]) content);
        }
        return map;
    }

    private Path war(Map<String, byte[]> entries) throws IOException {
        Path war = temp.resolve("polymetric.war");
        try (OutputStream out = Files.newOutputStream(war)) {
            out.write(zip(entries));
        }
        return war;
    }

    /** The WAR of the brief: a kernel jar and a module jar, each with one migration. */
    private Path kernelAndEventsWar() throws IOException {
        byte[] a = zip(entries(
                "polymetric/", "",
                "polymetric/sql/", "",
                "polymetric/sql/kernel/", "",
                "polymetric/sql/kernel/V1__x.sql", "CREATE TABLE x (id INT);",
                "org/polymetric/kernel/Some.class", "not really a class"));
        byte[] b = zip(entries(
                "polymetric/sql/events/V1__y.sql", "CREATE TABLE y (id INT);",
                "polymetric/sql/events/README.md", "not a migration"));
        return war(entries(
                "WEB-INF/", "",
                "WEB-INF/lib/", "",
                "WEB-INF/lib/a.jar", a,
                "WEB-INF/lib/b.jar", b,
                "index.html", "<html></html>"));
    }

    private static List<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> ids(List<Migrations.Owner> owners) {
        return owners.stream().map(Migrations.Owner::id).toList();
    }

    @Test
    void ownersAreFoundInTheWarsJarsKernelFirst() throws IOException {
        Path work = temp.resolve("work");
        List<Migrations.Owner> owners = Migrations.extract(kernelAndEventsWar(), work);
        assertEquals(List.of("kernel", "events"), ids(owners));
        assertEquals(work.resolve("kernel"), owners.get(0).folder());
        assertEquals(work.resolve("events"), owners.get(1).folder());
    }

    @Test
    void migrationsAreCopiedWithTheirContent() throws IOException {
        Path work = temp.resolve("work");
        Migrations.extract(kernelAndEventsWar(), work);
        assertEquals(List.of("V1__x.sql"), fileNames(work.resolve("kernel")));
        assertEquals(List.of("V1__y.sql"), fileNames(work.resolve("events")));
        assertEquals("CREATE TABLE x (id INT);", Files.readString(work.resolve("kernel/V1__x.sql")));
        assertEquals("CREATE TABLE y (id INT);", Files.readString(work.resolve("events/V1__y.sql")));
    }

    @Test
    void nonSqlFilesAreNotCopied() throws IOException {
        Path work = temp.resolve("work");
        Migrations.extract(kernelAndEventsWar(), work);
        assertFalse(Files.exists(work.resolve("events/README.md")));
        assertEquals(List.of("events", "kernel"), fileNames(work));
    }

    @Test
    void afterTheKernelOwnersFollowInAlphabeticalOrder() throws IOException {
        byte[] modules = zip(entries(
                "polymetric/sql/zeta/V1__z.sql", "z",
                "polymetric/sql/alpha/V1__a.sql", "a"));
        byte[] kernel = zip(entries("polymetric/sql/kernel/V1__k.sql", "k"));
        byte[] more = zip(entries("polymetric/sql/events/V1__e.sql", "e", "polymetric/sql/events/V2__e.sql", "e2"));
        Path war = war(entries("WEB-INF/lib/modules.jar", modules, "WEB-INF/lib/more.jar", more,
                "WEB-INF/lib/zz-kernel.jar", kernel));
        List<Migrations.Owner> owners = Migrations.extract(war, temp.resolve("work"));
        assertEquals(List.of("kernel", "alpha", "events", "zeta"), ids(owners));
        assertEquals(List.of("V1__e.sql", "V2__e.sql"), fileNames(temp.resolve("work/events")));
    }

    @Test
    void warWithoutKernelMigrationsListsOnlyModules() throws IOException {
        Path war = war(entries("WEB-INF/lib/b.jar", zip(entries("polymetric/sql/events/V1__y.sql", "y"))));
        assertEquals(List.of("events"), ids(Migrations.extract(war, temp.resolve("work"))));
    }

    @Test
    void migrationsOutsideTheExpectedPlacesAreIgnored() throws IOException {
        byte[] odd = zip(entries(
                "polymetric/sql/events/nested/V1__deep.sql", "nested too deep",
                "polymetric/sql/Bad/V1__b.sql", "owner not lower-case",
                "polymetric/sql/x/V1__short.sql", "owner id too short",
                "polymetric/sql/V1__loose.sql", "no owner folder",
                "sql/events/V1__elsewhere.sql", "outside polymetric/sql"));
        byte[] sqlInClasses = zip(entries("polymetric/sql/kernel/V1__k.sql", "k"));
        Path war = war(entries(
                "WEB-INF/lib/odd.jar", odd,
                "WEB-INF/classes/kernel.jar", sqlInClasses,
                "WEB-INF/lib/notes.zip", sqlInClasses,
                "polymetric/sql/kernel/V1__top.sql", "not inside a jar"));
        Path work = temp.resolve("work");
        assertEquals(List.of(), Migrations.extract(war, work));
        assertFalse(Files.exists(work) && fileNames(work).size() > 0, "nothing copied");
    }

    @Test
    void earlierExtractionIsReplaced() throws IOException {
        Path work = temp.resolve("work");
        Files.createDirectories(work.resolve("removed"));
        Files.writeString(work.resolve("removed/V9__stale.sql"), "stale");
        Files.createDirectories(work.resolve("kernel"));
        Files.writeString(work.resolve("kernel/V1__x.sql"), "old content");
        List<Migrations.Owner> owners = Migrations.extract(kernelAndEventsWar(), work);
        assertEquals(List.of("kernel", "events"), ids(owners));
        assertFalse(Files.exists(work.resolve("removed")));
        assertEquals("CREATE TABLE x (id INT);", Files.readString(work.resolve("kernel/V1__x.sql")));
    }
}
