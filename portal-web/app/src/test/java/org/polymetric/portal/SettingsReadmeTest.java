package org.polymetric.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.polymetric.kernel.config.ModuleSetting;
import org.polymetric.kernel.config.Setting;
import org.polymetric.kernel.config.SettingsCatalog;

/**
 * The root README's settings tables name exactly what the WAR's jars declare: the first table the
 * kernel's settings, the second the modules' (as the launcher finds them), and the theme row every
 * declared theme. Run here because this module's class path holds every module and theme jar.
 */
class SettingsReadmeTest {
    private static final Pattern NAME = Pattern.compile("`(POLYMETRIC_[A-Z0-9_]+)`");

    private static List<List<String>> settingsTables() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("../../README.md"));
        List<List<String>> tables = new ArrayList<>();
        List<String> current = null;
        for (String line : lines) {
            if (line.startsWith("| variable | default | meaning |")) {
                current = new ArrayList<>();
                tables.add(current);
            } else if (current != null && line.startsWith("| `")) {
                current.add(line);
            } else if (!line.startsWith("|")) {
                current = null;
            }
        }
        return tables;
    }

    /** The names in each row's first cell, in order. */
    private static List<String> names(List<String> rows) {
        List<String> names = new ArrayList<>();
        for (String row : rows) {
            Matcher m = NAME.matcher(row.substring(0, row.indexOf('|', 1)));
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    @Test
    void theKernelTableListsEveryKernelSettingAndNothingElse() throws IOException {
        List<String> expected = Arrays.stream(Setting.values()).map(Setting::env).sorted().toList();
        assertEquals(expected, names(settingsTables().get(0)).stream().sorted().toList());
    }

    @Test
    void theModuleTableListsEveryDeclaredModuleSettingWithItsDefault() throws IOException {
        SettingsCatalog catalog = SettingsCatalog.load(getClass().getClassLoader());
        List<String> rows = settingsTables().get(1);
        assertEquals(catalog.moduleSettings().stream().map(ModuleSetting::env).sorted().toList(),
                names(rows).stream().sorted().toList());
        for (ModuleSetting s : catalog.moduleSettings()) {
            String row = rows.stream().filter(r -> r.startsWith("| `" + s.env() + "`")).findFirst().orElseThrow();
            s.defaultOf().ifPresent(d -> assertTrue(row.contains("| `" + d + "`"), "default of " + s.env() + ": " + row));
        }
    }

    @Test
    void theThemeRowNamesEveryDeclaredTheme() throws IOException {
        SettingsCatalog catalog = SettingsCatalog.load(getClass().getClassLoader());
        assertEquals(List.of("dark", "default"), catalog.themes());
        String row = settingsTables().get(0).stream().filter(r -> r.startsWith("| `POLYMETRIC_THEME`")).findFirst().orElseThrow();
        for (String theme : catalog.themes()) {
            assertTrue(row.contains("`" + theme + "`"), theme + " in " + row);
        }
    }
}
