package org.polymetric.kernel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private static Settings fromEnv(Map<String, String> env) {
        return Settings.from(env, Map.of());
    }

    @Test
    void withNothingSetEveryDefaultApplies() {
        Settings s = Settings.from(Map.of(), Map.of());
        assertEquals(8080, s.httpPort());
        assertEquals("default", s.theme());
        assertEquals(Optional.of("./data"), s.get(Setting.DATA_DIR));
        assertEquals(Optional.of("My organization"), s.get(Setting.ORG_NAME));
        assertFalse(s.externalDatabase());
        assertEquals(Optional.empty(), s.get(Setting.DB_URL));
        assertEquals(Optional.empty(), s.get(Setting.ADMIN_EMAIL));
        assertEquals(Optional.empty(), s.get(Setting.ADMIN_PASSWORD));
    }

    @Test
    void environmentVariableOverridesTheDefault() {
        Settings s = fromEnv(Map.of("POLYMETRIC_HTTP_PORT", "9090", "POLYMETRIC_THEME", "dark"));
        assertEquals(9090, s.httpPort());
        assertEquals("dark", s.theme());
    }

    @Test
    void systemPropertyAloneIsRead() {
        Settings s = Settings.from(Map.of(), Map.of("polymetric.http.port", "9191"));
        assertEquals(9191, s.httpPort());
    }

    @Test
    void systemPropertyWinsOverEnvironmentVariable() {
        Settings s = Settings.from(Map.of("POLYMETRIC_HTTP_PORT", "9090", "POLYMETRIC_THEME", "default"),
                Map.of("polymetric.http.port", "9191", "polymetric.theme", "dark"));
        assertEquals(9191, s.httpPort());
        assertEquals("dark", s.theme());
    }

    @Test
    void emptyValueCountsAsUnset() {
        Settings s = fromEnv(Map.of("POLYMETRIC_THEME", "", "POLYMETRIC_ADMIN_PASSWORD", ""));
        assertEquals("default", s.theme());
        assertEquals(Optional.empty(), s.get(Setting.ADMIN_PASSWORD));
    }

    @Test
    void valuesAreStoredNormalised() {
        Settings s = fromEnv(Map.of("POLYMETRIC_ADMIN_EMAIL", " Root@Example.ORG", "POLYMETRIC_ORG_NAME", " Acme  "));
        assertEquals("root@example.org", s.require(Setting.ADMIN_EMAIL));
        assertEquals("Acme", s.require(Setting.ORG_NAME));
    }

    @Test
    void unrelatedEnvironmentVariablesAndPropertiesAreIgnored() {
        Settings s = Settings.from(Map.of("PATH", "/bin", "POLYMETRICS", "x", "MY_POLYMETRIC_FOO", "y"),
                Map.of("java.version", "17", "polymetricx", "z"));
        assertEquals(8080, s.httpPort());
    }

    @Test
    void unknownPolymetricEnvironmentVariableIsRejectedByName() {
        SettingException e = assertThrows(SettingException.class,
                () -> fromEnv(Map.of("POLYMETRIC_FOO", "1")));
        assertTrue(e.getMessage().startsWith("POLYMETRIC_FOO is not a Polymetric setting"), e.getMessage());
        assertTrue(e.getMessage().contains("POLYMETRIC_HTTP_PORT"), "lists the known settings: " + e.getMessage());
    }

    @Test
    void unknownPolymetricPropertyIsRejectedByName() {
        SettingException e = assertThrows(SettingException.class,
                () -> Settings.from(Map.of(), Map.of("polymetric.foo", "1")));
        assertTrue(e.getMessage().startsWith("polymetric.foo is not a Polymetric setting"), e.getMessage());
    }

    @Test
    void unknownNameIsRejectedEvenWhenItsValueIsEmpty() {
        assertThrows(SettingException.class, () -> fromEnv(Map.of("POLYMETRIC_COLOUR", "")));
    }

    @Test
    void invalidPortFromTheEnvironmentNamesTheVariableAndTheReason() {
        for (String raw : new String[] {"0", "70000", "abc"}) {
            SettingException e = assertThrows(SettingException.class,
                    () -> fromEnv(Map.of("POLYMETRIC_HTTP_PORT", raw)));
            assertEquals("POLYMETRIC_HTTP_PORT='" + raw + "' is invalid: a port is a number from 1 to 65535", e.getMessage());
        }
    }

    @Test
    void invalidValueFromAPropertyIsStillReportedUnderTheEnvName() {
        SettingException e = assertThrows(SettingException.class,
                () -> Settings.from(Map.of("POLYMETRIC_THEME", "dark"), Map.of("polymetric.theme", "purple")));
        assertEquals("POLYMETRIC_THEME='purple' is invalid: must be one of dark, default", e.getMessage());
    }

    @Test
    void invalidThemeIsRejected() {
        SettingException e = assertThrows(SettingException.class,
                () -> fromEnv(Map.of("POLYMETRIC_THEME", "purple")));
        assertTrue(e.getMessage().startsWith("POLYMETRIC_THEME='purple' is invalid: must be one of"), e.getMessage());
    }

    @Test
    void nonMariaDbUrlIsRejected() {
        SettingException e = assertThrows(SettingException.class,
                () -> fromEnv(Map.of("POLYMETRIC_DB_URL", "jdbc:postgresql://db/pm")));
        assertTrue(e.getMessage().startsWith("POLYMETRIC_DB_URL='jdbc:postgresql://db/pm' is invalid: expected a MariaDB JDBC URL"),
                e.getMessage());
    }

    @Test
    void badAdminEmailIsRejected() {
        SettingException e = assertThrows(SettingException.class,
                () -> fromEnv(Map.of("POLYMETRIC_ADMIN_EMAIL", "not-an-address")));
        assertTrue(e.getMessage().startsWith("POLYMETRIC_ADMIN_EMAIL='not-an-address' is invalid: expected an e-mail address"),
                e.getMessage());
    }

    @Test
    void shortAdminPasswordIsRejectedWithoutRevealingIt() {
        SettingException e = assertThrows(SettingException.class,
                () -> fromEnv(Map.of("POLYMETRIC_ADMIN_EMAIL", "admin@example.com", "POLYMETRIC_ADMIN_PASSWORD", "hunter2")));
        assertTrue(e.getMessage().startsWith("POLYMETRIC_ADMIN_PASSWORD=(hidden) is invalid: a password has at least 10"),
                e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }

    @Test
    void databaseUserWithoutDatabaseUrlIsRejected() {
        SettingException e = assertThrows(SettingException.class,
                () -> fromEnv(Map.of("POLYMETRIC_DB_USER", "polymetric")));
        assertTrue(e.getMessage().startsWith("POLYMETRIC_DB_USER/POLYMETRIC_DB_PASSWORD are set but POLYMETRIC_DB_URL is not"),
                e.getMessage());
    }

    @Test
    void databasePasswordWithoutDatabaseUrlIsRejectedWithoutRevealingIt() {
        SettingException e = assertThrows(SettingException.class,
                () -> fromEnv(Map.of("POLYMETRIC_DB_PASSWORD", "topsecret-db")));
        assertTrue(e.getMessage().contains("POLYMETRIC_DB_URL is not"), e.getMessage());
        assertFalse(e.getMessage().contains("topsecret-db"), e.getMessage());
    }

    @Test
    void externalDatabaseWithCredentialsIsAccepted() {
        Settings s = fromEnv(Map.of("POLYMETRIC_DB_URL", "jdbc:mariadb://db:3306/pm",
                "POLYMETRIC_DB_USER", "pm", "POLYMETRIC_DB_PASSWORD", "pw"));
        assertTrue(s.externalDatabase());
        assertEquals("jdbc:mariadb://db:3306/pm", s.require(Setting.DB_URL));
        assertEquals("pm", s.require(Setting.DB_USER));
        assertEquals("pw", s.require(Setting.DB_PASSWORD));
    }

    @Test
    void aReplicaNeedsAnExternalPrimaryAndDefaultsItsLagBound() {
        SettingException e = assertThrows(SettingException.class,
                () -> fromEnv(Map.of("POLYMETRIC_DB_REPLICA_URL", "jdbc:mariadb://replica:3306/pm")));
        assertTrue(e.getMessage().startsWith("POLYMETRIC_DB_REPLICA_URL is set but POLYMETRIC_DB_URL is not"), e.getMessage());
        Settings s = fromEnv(Map.of("POLYMETRIC_DB_URL", "jdbc:mariadb://db:3306/pm",
                "POLYMETRIC_DB_REPLICA_URL", "jdbc:mariadb://replica:3306/pm"));
        assertEquals(Optional.of("30"), s.get(Setting.DB_REPLICA_MAX_LAG));
        assertEquals(Optional.empty(), s.get(Setting.DB_REPLICA_USER));
    }

    @Test
    void aReplicaAccountWithoutItsUrlIsRejectedWithoutRevealingThePassword() {
        SettingException e = assertThrows(SettingException.class, () -> fromEnv(Map.of("POLYMETRIC_DB_URL", "jdbc:mariadb://db:3306/pm",
                "POLYMETRIC_DB_REPLICA_PASSWORD", "replica-secret")));
        assertTrue(e.getMessage().startsWith("POLYMETRIC_DB_REPLICA_PASSWORD is set but POLYMETRIC_DB_REPLICA_URL is not"), e.getMessage());
        assertFalse(e.getMessage().contains("replica-secret"), e.getMessage());
    }

    @Test
    void theReplicasLagBoundIsOneSecondToADay() {
        for (String bad : new String[] {"0", "-3", "86401", "soon"}) {
            SettingException e = assertThrows(SettingException.class, () -> fromEnv(Map.of("POLYMETRIC_DB_REPLICA_MAX_LAG", bad)), bad);
            assertTrue(e.getMessage().startsWith("POLYMETRIC_DB_REPLICA_MAX_LAG='" + bad + "' is invalid"), e.getMessage());
        }
        assertEquals(Optional.of("86400"), fromEnv(Map.of("POLYMETRIC_DB_REPLICA_MAX_LAG", "86400")).get(Setting.DB_REPLICA_MAX_LAG));
    }

    @Test
    void mailNeedsThePublicAddressItsLinksAreBuiltOn() {
        SettingException e = assertThrows(SettingException.class, () -> fromEnv(Map.of("POLYMETRIC_SMTP_HOST", "mail.example.com")));
        assertTrue(e.getMessage().startsWith("POLYMETRIC_SMTP_HOST is set but POLYMETRIC_PUBLIC_URL is not"), e.getMessage());
        Settings s = fromEnv(Map.of("POLYMETRIC_SMTP_HOST", "mail.example.com", "POLYMETRIC_PUBLIC_URL", "https://analytics.example.com"));
        assertEquals("https://analytics.example.com", s.get(Setting.PUBLIC_URL).orElseThrow());
    }

    @Test
    void adminPasswordWithoutAdminEmailIsRejected() {
        SettingException e = assertThrows(SettingException.class,
                () -> fromEnv(Map.of("POLYMETRIC_ADMIN_PASSWORD", "long-enough-password")));
        assertTrue(e.getMessage().startsWith("POLYMETRIC_ADMIN_PASSWORD is set but POLYMETRIC_ADMIN_EMAIL is not"),
                e.getMessage());
        assertFalse(e.getMessage().contains("long-enough-password"), e.getMessage());
    }

    @Test
    void adminEmailWithAdminPasswordIsAccepted() {
        Settings s = fromEnv(Map.of("POLYMETRIC_ADMIN_EMAIL", "admin@example.com",
                "POLYMETRIC_ADMIN_PASSWORD", "long-enough-password"));
        assertEquals("admin@example.com", s.require(Setting.ADMIN_EMAIL));
        assertEquals("long-enough-password", s.require(Setting.ADMIN_PASSWORD));
    }

    @Test
    void requireOfAnUnsetSettingNamesItsVariable() {
        Settings s = Settings.from(Map.of(), Map.of());
        SettingException e = assertThrows(SettingException.class, () -> s.require(Setting.DB_URL));
        assertEquals("POLYMETRIC_DB_URL is not set", e.getMessage());
    }

    @Test
    void resolveReadsEverySettingThroughTheLookup() {
        Settings s = Settings.resolve(setting -> setting == Setting.HTTP_PORT ? Optional.of("7070") : Optional.empty());
        assertEquals(7070, s.httpPort());
        assertEquals("default", s.theme());
    }

    @Test
    void anEmptyPropertyDoesNotHideTheEnvironmentVariable() {
        Settings s = Settings.from(Map.of("POLYMETRIC_THEME", "dark"), Map.of("polymetric.theme", ""));
        assertEquals("dark", s.theme());
    }

    @Test
    void propertyNamesDoNotDependOnTheDefaultLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
            assertEquals("polymetric.data.dir", Setting.DATA_DIR.property());
            assertEquals("admin@example.com", Setting.ADMIN_EMAIL.check("ADMIN@EXAMPLE.COM"));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void aDatabaseUrlWithSurroundingSpacesIsAccepted() {
        assertEquals("jdbc:mariadb://db:3306/p", Setting.DB_URL.check(" jdbc:mariadb://db:3306/p "));
    }

    @Test
    void aMissingGeoIpCityDatabaseStopsTheStartUnderItsEnvName() {
        SettingException e = assertThrows(SettingException.class,
                () -> fromEnv(Map.of("POLYMETRIC_GEOIP_CITY_DB", "/nonexistent/GeoLite2-City.mmdb")));
        assertEquals("POLYMETRIC_GEOIP_CITY_DB='/nonexistent/GeoLite2-City.mmdb' is invalid: no such file", e.getMessage());
        assertEquals(Optional.empty(), Settings.from(Map.of(), Map.of()).get(Setting.GEOIP_CITY_DB));
    }
}
