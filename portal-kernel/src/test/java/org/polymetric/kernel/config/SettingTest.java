package org.polymetric.kernel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingTest {
    /** What ends every MaxMind-format file: the marker before its metadata (here with no metadata). */
    private static final byte[] MMDB_TAIL = {(byte) 0xAB, (byte) 0xCD, (byte) 0xEF,
        'M', 'a', 'x', 'M', 'i', 'n', 'd', '.', 'c', 'o', 'm'};

    @TempDir
    Path temp;

    @Test
    void theDrainGraceIsFromZeroToTenSeconds() {
        assertEquals(Duration.ZERO, Settings.resolve(s -> Optional.empty()).drainGrace());
        assertEquals("3", Setting.DRAIN_GRACE.check(" 3 "));
        assertEquals("10", Setting.DRAIN_GRACE.check("10"));
        assertThrows(SettingException.class, () -> Setting.DRAIN_GRACE.check("11"), "the drain's 15 s must end inside the launcher's 30 s");
        assertThrows(SettingException.class, () -> Setting.DRAIN_GRACE.check("-1"));
        assertThrows(SettingException.class, () -> Setting.DRAIN_GRACE.check("3s"));
    }

    @Test
    void theRequestSizeLimitIsAByteCountOfAtLeast1024() {
        assertEquals("10485760", Setting.MAX_REQUEST_BYTES.defaultValue().orElseThrow());
        assertEquals("2048", Setting.MAX_REQUEST_BYTES.check(" 2048 "));
        assertThrows(SettingException.class, () -> Setting.MAX_REQUEST_BYTES.check("1023"));
        assertThrows(SettingException.class, () -> Setting.MAX_REQUEST_BYTES.check("10MB"));
        assertEquals(10485760L, Settings.resolve(s -> Optional.empty()).maxRequestBytes());
    }

    @Test
    void envNameIsThePrefixFollowedByTheConstantName() {
        assertEquals("POLYMETRIC_DB_URL", Setting.DB_URL.env());
        assertEquals("POLYMETRIC_HTTP_PORT", Setting.HTTP_PORT.env());
    }

    @Test
    void propertyNameIsTheLowerCaseDottedFormOfTheEnvName() {
        assertEquals("polymetric.db.url", Setting.DB_URL.property());
        assertEquals("polymetric.http.port", Setting.HTTP_PORT.property());
        assertEquals("polymetric.admin.password", Setting.ADMIN_PASSWORD.property());
        assertEquals("polymetric.theme", Setting.THEME.property());
    }

    @Test
    void byNameFindsASettingByItsEnvNameOrItsPropertyName() {
        assertEquals(Optional.of(Setting.DB_URL), Setting.byName("POLYMETRIC_DB_URL"));
        assertEquals(Optional.of(Setting.DB_URL), Setting.byName("polymetric.db.url"));
        assertEquals(Optional.empty(), Setting.byName("POLYMETRIC_FOO"));
        assertEquals(Optional.empty(), Setting.byName("polymetric.foo"));
        assertEquals(Optional.empty(), Setting.byName("POLYMETRIC_db_url"));
    }

    @Test
    void defaultsAreThoseOfAZeroSetupStart() {
        assertEquals(Optional.of("8080"), Setting.HTTP_PORT.defaultValue());
        assertEquals(Optional.of("./data"), Setting.DATA_DIR.defaultValue());
        assertEquals(Optional.of("My organization"), Setting.ORG_NAME.defaultValue());
        assertEquals(Optional.of("default"), Setting.THEME.defaultValue());
        assertEquals(Optional.empty(), Setting.DB_URL.defaultValue());
        assertEquals(Optional.empty(), Setting.DB_USER.defaultValue());
        assertEquals(Optional.empty(), Setting.DB_PASSWORD.defaultValue());
        assertEquals(Optional.empty(), Setting.ADMIN_EMAIL.defaultValue());
        assertEquals(Optional.empty(), Setting.ADMIN_PASSWORD.defaultValue());
    }

    @Test
    void portIsNormalisedToItsNumber() {
        assertEquals("8081", Setting.HTTP_PORT.check(" 8081 "));
        assertEquals("1", Setting.HTTP_PORT.check("1"));
        assertEquals("65535", Setting.HTTP_PORT.check("65535"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "70000", "65536", "-1", "abc", "80.5"})
    void portOutsideOneTo65535OrNotANumberIsRejectedNamingTheVariableAndValue(String raw) {
        SettingException e = assertThrows(SettingException.class, () -> Setting.HTTP_PORT.check(raw));
        assertEquals("POLYMETRIC_HTTP_PORT='" + raw + "' is invalid: a port is a number from 1 to 65535", e.getMessage());
    }

    @Test
    void unknownThemeIsRejectedListingTheDeclaredThemes() {
        SettingException e = assertThrows(SettingException.class,
                () -> Settings.from(Map.of("POLYMETRIC_THEME", "purple"), Map.of()));
        assertEquals("POLYMETRIC_THEME='purple' is invalid: must be one of dark, default", e.getMessage());
    }

    @Test
    void declaredThemesAreAccepted() {
        assertEquals("default", Settings.from(Map.of("POLYMETRIC_THEME", "default"), Map.of()).theme());
        assertEquals("dark", Settings.from(Map.of("POLYMETRIC_THEME", " dark "), Map.of()).theme());
    }

    @Test
    void aThemeNoJarDeclaresIsRefusedThoughTheKernelOnceKnewIt() {
        SettingsCatalog onlyDefault = new SettingsCatalog(List.of(), Map.of("default", "Default"));
        SettingException e = assertThrows(SettingException.class,
                () -> Settings.from(Map.of("POLYMETRIC_THEME", "dark"), Map.of(), onlyDefault));
        assertEquals("POLYMETRIC_THEME='dark' is invalid: must be one of default", e.getMessage());
    }

    @Test
    void databaseUrlMustBeAMariaDbOrMySqlJdbcUrl() {
        assertEquals("jdbc:mariadb://db:3306/pm", Setting.DB_URL.check("jdbc:mariadb://db:3306/pm"));
        assertEquals("jdbc:mysql://db:3306/pm", Setting.DB_URL.check("jdbc:mysql://db:3306/pm"));
        SettingException e = assertThrows(SettingException.class,
                () -> Setting.DB_URL.check("jdbc:postgresql://db/pm"));
        assertTrue(e.getMessage().startsWith("POLYMETRIC_DB_URL='jdbc:postgresql://db/pm' is invalid: "), e.getMessage());
        assertTrue(e.getMessage().contains("expected a MariaDB JDBC URL"), e.getMessage());
    }

    @Test
    void adminEmailIsTrimmedAndLowerCased() {
        assertEquals("admin@example.com", Setting.ADMIN_EMAIL.check(" Admin@Example.COM "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "admin@", "@example.com", "a@b@c", "ad min@example.com"})
    void malformedAdminEmailIsRejected(String raw) {
        SettingException e = assertThrows(SettingException.class, () -> Setting.ADMIN_EMAIL.check(raw));
        assertTrue(e.getMessage().startsWith("POLYMETRIC_ADMIN_EMAIL='" + raw + "' is invalid: expected an e-mail address"),
                e.getMessage());
    }

    @Test
    void adminPasswordShorterThanThePolicyIsRejectedWithoutShowingIt() {
        SettingException e = assertThrows(SettingException.class, () -> Setting.ADMIN_PASSWORD.check("s3cret!"));
        assertEquals("POLYMETRIC_ADMIN_PASSWORD=(hidden) is invalid: " + PasswordPolicy.describe(), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret!"));
    }

    @Test
    void adminPasswordOfTheMinimumLengthIsKeptAsIs() {
        assertEquals(" ten chars", Setting.ADMIN_PASSWORD.check(" ten chars"));
    }

    @Test
    void databasePasswordIsTakenVerbatim() {
        assertEquals(" any thing ", Setting.DB_PASSWORD.check(" any thing "));
    }

    @Test
    void blankDataDirAndDatabaseUserAreRejected() {
        SettingException dir = assertThrows(SettingException.class, () -> Setting.DATA_DIR.check("   "));
        assertEquals("POLYMETRIC_DATA_DIR='   ' is invalid: it must not be blank", dir.getMessage());
        SettingException user = assertThrows(SettingException.class, () -> Setting.DB_USER.check(" "));
        assertTrue(user.getMessage().startsWith("POLYMETRIC_DB_USER="), user.getMessage());
    }

    @Test
    void organizationNameHasOneTo191Characters() {
        assertEquals("Acme", Setting.ORG_NAME.check("  Acme "));
        assertEquals("x".repeat(191), Setting.ORG_NAME.check("x".repeat(191)));
        SettingException tooLong = assertThrows(SettingException.class, () -> Setting.ORG_NAME.check("x".repeat(192)));
        assertTrue(tooLong.getMessage().startsWith("POLYMETRIC_ORG_NAME="), tooLong.getMessage());
        assertTrue(tooLong.getMessage().endsWith("is invalid: an organization name has 1 to 191 characters"));
        assertThrows(SettingException.class, () -> Setting.ORG_NAME.check("   "));
    }

    @Test
    void geoIpCityDatabaseIsOptionalAndStoredAsAnAbsolutePath() throws IOException {
        assertEquals(Optional.empty(), Setting.GEOIP_CITY_DB.defaultValue());
        assertEquals("polymetric.geoip.city.db", Setting.GEOIP_CITY_DB.property());
        Path db = temp.resolve("city.mmdb");
        Files.write(db, MMDB_TAIL);
        assertEquals(db.toAbsolutePath().normalize().toString(), Setting.GEOIP_CITY_DB.check(" " + db + " "));
        assertEquals(db.toAbsolutePath().normalize().toString(),
                Setting.GEOIP_CITY_DB.check(temp.resolve("sub/../city.mmdb").toString()));
    }

    @Test
    void missingGeoIpCityDatabaseIsRefused() {
        String missing = temp.resolve("GeoLite2-City.mmdb").toString();
        SettingException e = assertThrows(SettingException.class, () -> Setting.GEOIP_CITY_DB.check(missing));
        assertEquals("POLYMETRIC_GEOIP_CITY_DB='" + missing + "' is invalid: no such file", e.getMessage());
    }

    @Test
    void aFolderIsNotAGeoIpCityDatabase() {
        SettingException e = assertThrows(SettingException.class, () -> Setting.GEOIP_CITY_DB.check(temp.toString()));
        assertEquals("POLYMETRIC_GEOIP_CITY_DB='" + temp + "' is invalid: not a regular file", e.getMessage());
    }

    @Test
    void aFileWithoutMaxMindMetadataIsNotAGeoIpCityDatabase() throws IOException {
        Path csv = temp.resolve("dbip-city.csv");
        Files.writeString(csv, "1.0.0.0,1.0.0.255,AU,Queensland,South Brisbane\n", StandardCharsets.UTF_8);
        SettingException e = assertThrows(SettingException.class, () -> Setting.GEOIP_CITY_DB.check(csv.toString()));
        assertEquals("POLYMETRIC_GEOIP_CITY_DB='" + csv + "' is invalid: not a MaxMind-format (.mmdb) database",
                e.getMessage());
    }

    @Test
    void theMetadataMarkerIsSoughtInTheLast128KiBOnly() throws IOException {
        Path db = temp.resolve("marker-too-early.mmdb");
        byte[] bytes = new byte[MMDB_TAIL.length + 128 * 1024];
        System.arraycopy(MMDB_TAIL, 0, bytes, 0, MMDB_TAIL.length);
        Files.write(db, bytes);
        assertThrows(SettingException.class, () -> Setting.GEOIP_CITY_DB.check(db.toString()));
        System.arraycopy(MMDB_TAIL, 0, bytes, bytes.length - 128 * 1024, MMDB_TAIL.length);
        Files.write(db, bytes);
        assertEquals(db.toString(), Setting.GEOIP_CITY_DB.check(db.toString()));
    }
}
