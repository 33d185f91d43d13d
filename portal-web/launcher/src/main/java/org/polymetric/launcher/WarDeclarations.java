package org.polymetric.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.polymetric.kernel.config.ModuleSettings;
import org.polymetric.kernel.config.Settings;
import org.polymetric.kernel.config.SettingsCatalog;

/**
 * The module settings and themes the WAR's jars declare, read before anything starts so that the
 * launcher knows the same names as the server will. Only the jars that declare something are
 * copied out and loaded, over the launcher's own class loader (which has the kernel's settings
 * classes); their declarations are plain Java and need none of the server's libraries.
 */
final class WarDeclarations {
    private static final String SERVICE = "META-INF/services/" + ModuleSettings.class.getName();

    private WarDeclarations() {
    }

    /** Checks the settings against the kernel's rules and the WAR's declarations (which live only this long). */
    static Settings check(Path war, Map<String, String> env, Map<String, String> properties) throws IOException {
        Path dir = Files.createTempDirectory("polymetric-declarations");
        try {
            List<URL> jars = new ArrayList<>();
            try (ZipFile zip = new ZipFile(war.toFile())) {
                for (ZipEntry entry : zip.stream().toList()) {
                    String name = entry.getName();
                    if (name.startsWith("WEB-INF/lib/") && name.endsWith(".jar") && declares(zip, entry)) {
                        Path copy = dir.resolve(name.substring(name.lastIndexOf('/') + 1));
                        try (InputStream in = zip.getInputStream(entry)) {
                            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                        }
                        jars.add(copy.toUri().toURL());
                    }
                }
            }
            try (URLClassLoader loader = new URLClassLoader(jars.toArray(URL[]::new), WarDeclarations.class.getClassLoader())) {
                return Settings.from(env, properties, SettingsCatalog.load(loader));
            }
        } finally {
            Migrations.deleteTree(dir);
        }
    }

    private static boolean declares(ZipFile war, ZipEntry jar) throws IOException {
        try (ZipInputStream in = new ZipInputStream(war.getInputStream(jar))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(SERVICE) || e.getName().equals(SettingsCatalog.THEMES_RESOURCE)) {
                    return true;
                }
            }
        }
        return false;
    }
}
