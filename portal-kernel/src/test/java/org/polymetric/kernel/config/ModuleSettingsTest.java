package org.polymetric.kernel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Module settings: declared by a module jar's service file ({@link SampleModuleSettings} here), read and checked with the kernel's. */
class ModuleSettingsTest {

    @Test
    void aModuleSettingIsNamedAfterItsModule() {
        assertEquals("POLYMETRIC_SAMPLE_LIMIT", SampleModuleSettings.LIMIT.env());
        assertEquals("polymetric.sample.limit", SampleModuleSettings.LIMIT.property());
    }

    @Test
    void theDeclaredDefaultAppliesWhenUnset() {
        assertEquals(Optional.of("10"), Settings.from(Map.of(), Map.of()).get(SampleModuleSettings.LIMIT));
    }

    @Test
    void aValueIsReadFromTheEnvironmentOrAPropertyAndNormalisedByTheModulesCheck() {
        assertEquals(Optional.of("5"), Settings.from(Map.of("POLYMETRIC_SAMPLE_LIMIT", " 5 "), Map.of()).get(SampleModuleSettings.LIMIT));
        assertEquals(Optional.of("7"), Settings.from(Map.of("POLYMETRIC_SAMPLE_LIMIT", "5"),
                Map.of("polymetric.sample.limit", "7")).get(SampleModuleSettings.LIMIT));
    }

    @Test
    void aBadValueIsRefusedWithTheModulesMessage() {
        SettingException e = assertThrows(SettingException.class,
                () -> Settings.from(Map.of("POLYMETRIC_SAMPLE_LIMIT", "-1"), Map.of()));
        assertEquals("POLYMETRIC_SAMPLE_LIMIT='-1' is invalid: a count is 0 (no limit) or more", e.getMessage());
    }

    @Test
    void aModuleSettingWithoutItsModuleIsAnUnknownName() {
        SettingsCatalog withoutModules = new SettingsCatalog(List.of(), Map.of("default", "Default"));
        SettingException e = assertThrows(SettingException.class,
                () -> Settings.from(Map.of("POLYMETRIC_SAMPLE_LIMIT", "5"), Map.of(), withoutModules));
        assertTrue(e.getMessage().startsWith("POLYMETRIC_SAMPLE_LIMIT is not a Polymetric setting (known: POLYMETRIC_HTTP_PORT,"),
                e.getMessage());
        assertThrows(SettingException.class,
                () -> Settings.from(Map.of(), Map.of("polymetric.sample.limit", "5"), withoutModules));
    }

    @Test
    void theUnknownNameMessageListsTheModulesNames() {
        SettingException e = assertThrows(SettingException.class,
                () -> Settings.from(Map.of("POLYMETRIC_SAMPLE_LIMT", "5"), Map.of()));
        assertTrue(e.getMessage().endsWith(", POLYMETRIC_SAMPLE_LIMIT)"), e.getMessage());
    }

    @Test
    void theServersLookupFindsAModuleSettingByItsPropertyName() {
        Settings s = Settings.resolve((property, env) -> property.equals("polymetric.sample.limit") ? Optional.of("3") : Optional.empty(),
                SettingsCatalog.load(getClass().getClassLoader()));
        assertEquals(Optional.of("3"), s.get(SampleModuleSettings.LIMIT));
    }

    @Test
    void aModuleCannotTakeAKernelNameNorDeclareANameTwice() {
        ModuleSetting clash = new ModuleSetting("http", "PORT", null, v -> v);
        assertThrows(SettingException.class, () -> new SettingsCatalog(List.of(clash), Map.of()));
        assertThrows(SettingException.class,
                () -> new SettingsCatalog(List.of(SampleModuleSettings.LIMIT, SampleModuleSettings.LIMIT), Map.of()));
    }

    @Test
    void namesOutsideTheConventionAreRefusedAtDeclaration() {
        assertThrows(IllegalArgumentException.class, () -> new ModuleSetting("Sample", "LIMIT", null, v -> v));
        assertThrows(IllegalArgumentException.class, () -> new ModuleSetting("sample", "limit", null, v -> v));
        assertThrows(IllegalArgumentException.class, () -> new ModuleSetting("sample", "POLYMETRIC_SAMPLE_LIMIT_", null, v -> v));
    }

    @Test
    void theCatalogReadsThemesFromEveryDeclaringJar() {
        SettingsCatalog catalog = SettingsCatalog.load(getClass().getClassLoader());
        assertEquals(List.of("dark", "default"), catalog.themes());
        assertEquals(Optional.of("Dark"), catalog.themeName("dark"));
    }
}
