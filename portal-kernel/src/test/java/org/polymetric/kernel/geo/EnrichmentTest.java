package org.polymetric.kernel.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.polymetric.kernel.config.Setting;

/**
 * The bundled DB-IP Lite country database as the build packs it, city and ASN databases written by
 * {@link TestMmdb}, and user agents. Addresses are chosen whose country does not move: Google's 8.8.8.8, Deutsche
 * Telekom's 80.128.0.0/12 and 2003::/19, NTT's OCN 153.128.0.0/9.
 */
class EnrichmentTest {
    private static PlaceDatabase bundled;
    private static Enrichment countryOnly;

    @TempDir
    Path temp;

    @BeforeAll
    static void openBundled() throws IOException {
        bundled = PlaceDatabase.bundledCountry();
        countryOnly = new Enrichment(bundled, null, null);
    }

    @AfterAll
    static void closeBundled() throws IOException {
        bundled.close();
    }

    @ParameterizedTest
    @CsvSource({"8.8.8.8, US", "80.130.1.1, DE", "153.150.1.1, JP", "2003:e0::1, DE", "::ffff:8.8.8.8, US"})
    void aPublicAddressResolvesToItsCountryWithoutACity(String address, String country) {
        assertEquals(Optional.of(new Place(country, null)), countryOnly.locate(address));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1", "172.16.5.4", "192.168.1.1", "127.0.0.1", "0.0.0.0", "100.64.0.1",
        "169.254.1.1", "224.0.0.1", "::1", "::", "fe80::1", "fd00::1", "::ffff:10.0.0.1", "ff02::1"})
    void privateLoopbackAndMulticastAddressesAreNotLocated(String address) {
        assertEquals(Optional.empty(), countryOnly.locate(address));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"not-an-ip", "", " ", "999.1.1.1", "1.2.3", "1.2.3.4.5", "08.8.8.8", "8.8.8.8/24",
        " 8.8.8.8", "8.8.8.", "-1.2.3.4", "1::2::3", ":::", "gggg::1", ".::1", "[2003:e0::1]", "fe80::1%eth0",
        "2003:e0:0:0:0:0:0:0:1", "dns.google", "localhost"})
    void malformedAddressesAndHostNamesAreNotLocated(String address) {
        // a host name would be looked up in DNS by InetAddress.getByName: dns.google is 8.8.8.8
        assertEquals(Optional.empty(), countryOnly.locate(address));
    }

    @Test
    void anOverlongAddressIsNotParsed() {
        assertEquals(Optional.empty(), countryOnly.locate("1".repeat(10_000)));
        assertEquals(Optional.empty(), countryOnly.locate("2003:" + "0:".repeat(100) + "1"));
    }

    @Test
    void aConfiguredCityDatabaseIsPreferredAndTheCountryDatabaseFillsItsGaps() throws IOException {
        Path file = new TestMmdb(6)
                .add("81.2.69.0/24", Map.of("country", Map.of("iso_code", "GB"), "city", Map.of("names", Map.of("en", "London"))))
                .add("80.130.0.0/16", Map.of("country_code", "de", "city", "Bonn"))
                .add("2003:e0::/32", Map.of("country", Map.of("iso_code", "DE"), "city", Map.of("names", Map.of("en", "Berlin"))))
                .add("153.150.0.0/16", Map.of("country", Map.of("iso_code", "JP")))
                .add("2a00:1450::/32", Map.of("city", Map.of("names", Map.of("en", "Nowhere"))))
                .write(temp.resolve("city.mmdb"));
        try (PlaceDatabase city = PlaceDatabase.open(file)) {
            Enrichment geo = new Enrichment(bundled, city, null);
            assertEquals(Optional.of(new Place("GB", "London")), geo.locate("81.2.69.160"));
            assertEquals(Optional.of(new Place("DE", "Bonn")), geo.locate("80.130.1.1"), "flat layout, code upper-cased");
            assertEquals(Optional.of(new Place("DE", "Berlin")), geo.locate("2003:e0::1"));
            assertEquals(Optional.of(new Place("JP", null)), geo.locate("153.150.1.1"), "a record without a city");
            assertEquals(Optional.of(new Place("US", null)), geo.locate("8.8.8.8"), "not in the city database");
            assertEquals(Optional.of(new Place("PL", null)), geo.locate("2a00:1450::1"), "a city record without a country");
            assertEquals(Optional.empty(), geo.locate("192.168.1.1"));
        }
    }

    @Test
    void anIpv4CityDatabaseLeavesIpv6AddressesToTheCountryDatabase() throws IOException {
        Path file = new TestMmdb(4)
                .add("80.130.0.0/16", Map.of("country", Map.of("iso_code", "DE"), "city", Map.of("names", Map.of("en", "Bonn"))))
                .write(temp.resolve("city-v4.mmdb"));
        try (PlaceDatabase city = PlaceDatabase.open(file)) {
            Enrichment geo = new Enrichment(bundled, city, null);
            assertEquals(Optional.of(new Place("DE", "Bonn")), geo.locate("80.130.1.1"));
            assertEquals(Optional.of(new Place("DE", null)), geo.locate("2003:e0::1"));
        }
    }

    @Test
    void cityNamesAreEnglishTrimmedAndCutToTheColumnAndCountryCodesAreTwoLetters() throws IOException {
        String longName = "Llanfairpwllgwyngyll".repeat(6);
        Path file = new TestMmdb(6)
                .add("1.0.0.0/24", Map.of("country", Map.of("iso_code", "AU"), "city", Map.of("names", Map.of("de", "Sydney"))))
                .add("1.0.1.0/24", Map.of("country_code", "GB", "city", "  " + longName + " "))
                .add("1.0.2.0/24", Map.of("registered_country", Map.of("iso_code", "CN")))
                .add("1.0.3.0/24", Map.of("country_code", "Europe", "city", "Brussels"))
                .add("1.0.4.0/24", Map.of("country_code", "ÄÖ", "city", " "))
                .write(temp.resolve("names.mmdb"));
        try (PlaceDatabase city = PlaceDatabase.open(file)) {
            assertEquals(Optional.of(new Place("AU", null)), city.find(java.net.InetAddress.getByName("1.0.0.1")));
            assertEquals(Optional.of(new Place("GB", longName.substring(0, PlaceDatabase.MAX_CITY))),
                    city.find(java.net.InetAddress.getByName("1.0.1.1")));
            assertEquals(Optional.of(new Place("CN", null)), city.find(java.net.InetAddress.getByName("1.0.2.1")));
            assertEquals(Optional.empty(), city.find(java.net.InetAddress.getByName("1.0.3.1")));
            assertEquals(Optional.empty(), city.find(java.net.InetAddress.getByName("1.0.4.1")));
        }
    }

    @Test
    void aDamagedRecordInTheCityDatabaseFallsBackToTheCountryDatabaseInsteadOfThrowing() throws IOException {
        TestMmdb db = new TestMmdb(6).add("8.8.8.0/24", Map.of("country_code", "ZZ", "city", "Broken"));
        byte[] bytes = db.bytes();
        // a map control byte claiming more entries than the file holds
        bytes[db.dataSectionOffset()] = (byte) 0xFF;
        try (PlaceDatabase city = PlaceDatabase.open(Files.write(temp.resolve("damaged.mmdb"), bytes))) {
            Enrichment geo = new Enrichment(bundled, city, null);
            assertEquals(Optional.of(new Place("US", null)), geo.locate("8.8.8.8"));
        }
    }

    @Test
    void withNoDatabaseNothingIsLocated() {
        assertEquals(Optional.empty(), new Enrichment(null, null, null).locate("8.8.8.8"));
    }

    @Test
    void theLaunchersCheckAcceptsAMaxMindFormatFile() throws IOException {
        Path file = new TestMmdb(6).add("8.8.8.0/24", Map.of("country_code", "US")).write(temp.resolve("ok.mmdb"));
        assertEquals(file.toAbsolutePath().toString(), Setting.GEOIP_CITY_DB.check(file.toString()));
    }

    @Test
    void theBundledDatabaseIsDbIpLiteWithItsLicenceBesideIt() throws IOException {
        assertTrue(bundled.describe().startsWith("country ipvAll built "), bundled.describe());
        try (var licence = PlaceDatabase.class.getResourceAsStream("/polymetric/geo/DBIP-LICENSE.txt")) {
            String text = new String(licence.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(text.contains("Creative Commons Attribution 4.0"), text);
        }
    }

    @Test
    void aConfiguredAsnDatabaseNamesTheNetworkOfPublicAddressesOnly() throws IOException {
        Path file = new TestMmdb(6)
                .add("8.8.8.0/24", Map.of("autonomous_system_number", 15169, "autonomous_system_organization", " Google LLC "))
                .add("80.128.0.0/12", Map.of("autonomous_system_number", 3320))
                .add("2003::/19", Map.of("autonomous_system_number", 3320, "autonomous_system_organization", "Deutsche Telekom AG"))
                .add("1.0.0.0/24", Map.of("autonomous_system_organization", "no number"))
                .add("1.0.1.0/24", Map.of("autonomous_system_number", 64512, "autonomous_system_organization", "x".repeat(250)))
                .write(temp.resolve("asn.mmdb"));
        try (PlaceDatabase asn = PlaceDatabase.open(file)) {
            Enrichment geo = new Enrichment(bundled, null, asn);
            assertEquals(Optional.of(new Network(15169, "Google LLC")), geo.network("8.8.8.8"));
            assertEquals(Optional.of(new Network(3320, null)), geo.network("80.130.1.1"), "a record without a name");
            assertEquals(Optional.of(new Network(3320, "Deutsche Telekom AG")), geo.network("2003:e0::1"));
            assertEquals(Optional.empty(), geo.network("1.0.0.1"), "a record without a number");
            assertEquals(Optional.of(new Network(64512, "x".repeat(PlaceDatabase.MAX_ORGANIZATION))), geo.network("1.0.1.1"));
            assertEquals(Optional.empty(), geo.network("9.9.9.9"), "not in the database");
            assertEquals(Optional.empty(), geo.network("192.168.1.1"));
            assertEquals(Optional.empty(), geo.network("dns.google"));
            assertEquals(Optional.of(new Place("US", null)), geo.locate("8.8.8.8"), "places still come from the country database");
        }
    }

    @Test
    void withoutAnAsnDatabaseNoNetworkIsNamed() {
        assertEquals(Optional.empty(), countryOnly.network("8.8.8.8"));
    }

    @Test
    void theLaunchersCheckAppliesToTheAsnSettingToo() throws IOException {
        Path file = new TestMmdb(6).add("8.8.8.0/24", Map.of("autonomous_system_number", 15169)).write(temp.resolve("asn-ok.mmdb"));
        assertEquals(file.toAbsolutePath().toString(), Setting.GEOIP_ASN_DB.check(file.toString()));
        Path csv = Files.writeString(temp.resolve("asn.csv"), "1.0.0.0,1.0.0.255,13335,Cloudflare\n");
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.polymetric.kernel.config.SettingException.class,
                () -> Setting.GEOIP_ASN_DB.check(csv.toString()));
        assertEquals("POLYMETRIC_GEOIP_ASN_DB='" + csv + "' is invalid: not a MaxMind-format (.mmdb) database", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 | Chrome | Windows | DESKTOP",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15 | Safari | Mac OS X | DESKTOP",
        "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0 | Firefox | Ubuntu | DESKTOP",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1 | Mobile Safari | iOS | PHONE",
        "Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1 | Mobile Safari | iOS | TABLET",
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36 | Chrome Mobile | Android | PHONE",
        "Mozilla/5.0 (Linux; Android 13; SM-X700) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 | Chrome | Android | TABLET",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html) | Googlebot | Other | BOT",
        "curl/8.4.0 | curl | Other | OTHER"})
    void aUserAgentGivesBrowserOsAndDeviceClass(String userAgent, String browser, String os, DeviceClass kind) {
        assertEquals(new Device(browser, os, kind), countryOnly.device(userAgent));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\u0000\u0001"})
    void anEmptyOrUnreadableUserAgentIsOther(String userAgent) {
        Device device = countryOnly.device(userAgent);
        assertEquals(DeviceClass.OTHER, device.deviceClass());
        assertEquals("Other", device.os());
    }

    @Test
    void aHostileUserAgentIsCutAndAnsweredFast() {
        String hostile = "Mozilla/5.0 (" + "(a".repeat(200_000) + " Chrome/1.0";
        // the parser never sees more than MAX_LENGTH characters: the answer for the whole string is
        // the answer for its cut (no clock: timed unit tests fail on a busy machine)
        Device device = countryOnly.device(hostile);
        assertEquals(device, countryOnly.device(hostile.substring(0, UserAgents.MAX_LENGTH) + "different tail"),
                "the cut string is the cache key");
    }

    @Test
    void aKnownDeviceIsOneThatCostsNoParse() {
        String agent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/99.0." + System.nanoTime() + " Safari/537.36";
        assertEquals(Optional.empty(), countryOnly.knownDevice(agent), "not parsed yet");
        Device parsed = countryOnly.device(agent);
        assertEquals(Optional.of(parsed), countryOnly.knownDevice(agent), "cached now");
        assertEquals("Other", countryOnly.knownDevice("").orElseThrow().browser(), "an empty agent needs no parse");
    }
}
