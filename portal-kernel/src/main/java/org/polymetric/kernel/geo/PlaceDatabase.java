package org.polymetric.kernel.geo;

import com.maxmind.db.CHMCache;
import com.maxmind.db.Reader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One MaxMind-format database read with MaxMind's reader. Two place layouts are understood, so
 * that any freely available database fits: GeoIP2's ({@code country.iso_code},
 * {@code city.names.en}; MaxMind's and DB-IP's own downloads) and ip-location-db's flat one
 * ({@code country_code}, {@code city}; the bundled country database). Network records use the
 * field names GeoLite2-ASN, DB-IP's ASN Lite and ip-location-db's ASN packages share
 * ({@code autonomous_system_number}, {@code autonomous_system_organization}).
 */
final class PlaceDatabase implements Closeable {
    /** The bundled DB-IP Lite country database (see the kernel's README, "geo"). */
    static final String BUNDLED_COUNTRY = "/polymetric/geo/country.mmdb";
    /** The longest city name kept (the events table's city column; the longest real names are shorter). */
    static final int MAX_CITY = 100;
    /** The longest organization name kept: registry names run to a few dozen characters. */
    static final int MAX_ORGANIZATION = 200;
    /** Decoded records kept per database: a country database has a few hundred, a city one many more. */
    private static final int CACHE_ENTRIES = 16_384;

    private final Reader reader;
    private final boolean ipv4Only;

    private PlaceDatabase(Reader reader) {
        this.reader = reader;
        this.ipv4Only = reader.getMetadata().ipVersion() == 4;
    }

    /** The country database in this jar, read into memory (8 MB). */
    static PlaceDatabase bundledCountry() throws IOException {
        try (InputStream in = PlaceDatabase.class.getResourceAsStream(BUNDLED_COUNTRY)) {
            if (in == null) {
                throw new IOException(BUNDLED_COUNTRY + " is missing from the class path (the build puts it there)");
            }
            return new PlaceDatabase(new Reader(in, new CHMCache(CACHE_ENTRIES)));
        }
    }

    /** A database file, memory-mapped: city databases run to hundreds of megabytes. */
    static PlaceDatabase open(Path file) throws IOException {
        return new PlaceDatabase(new Reader(file.toFile(), Reader.FileMode.MEMORY_MAPPED, new CHMCache(CACHE_ENTRIES)));
    }

    /** What the file says it is, for the log: its type and build date. */
    String describe() {
        var metadata = reader.getMetadata();
        return metadata.databaseType() + " built " + metadata.buildTime().toString().substring(0, 10);
    }

    /** The place recorded for {@code address}; empty when the database has none or no country for it. */
    Optional<Place> find(InetAddress address) throws IOException {
        Map<?, ?> record = record(address);
        return record == null ? Optional.empty() : place(record);
    }

    /** The network recorded for {@code address}; empty when the database has no AS number for it. */
    Optional<Network> network(InetAddress address) throws IOException {
        Map<?, ?> record = record(address);
        if (record == null || !(record.get("autonomous_system_number") instanceof Number asn) || asn.longValue() <= 0) {
            return Optional.empty();
        }
        Object name = record.get("autonomous_system_organization");
        String organization = name instanceof String s && !s.isBlank() ? s.strip() : null;
        if (organization != null && organization.length() > MAX_ORGANIZATION) {
            organization = organization.substring(0, MAX_ORGANIZATION);
        }
        return Optional.of(new Network(asn.longValue(), organization));
    }

    private Map<?, ?> record(InetAddress address) throws IOException {
        // the reader refuses IPv6 lookups in an IPv4 database; for us that is just "not here"
        if (ipv4Only && address instanceof Inet6Address) {
            return null;
        }
        return reader.get(address, Map.class);
    }

    static Optional<Place> place(Map<?, ?> record) {
        String country = countryCode(record.get("country_code"));
        if (country == null) {
            country = countryCode(member(record.get("country"), "iso_code"));
        }
        if (country == null) {
            // GeoIP2 leaves "country" out where only the registering country is known (anycast, some satellites)
            country = countryCode(member(record.get("registered_country"), "iso_code"));
        }
        if (country == null) {
            return Optional.empty();
        }
        Object city = record.get("city");
        if (city instanceof Map) {
            city = member(member(city, "names"), "en");
        }
        return Optional.of(new Place(country, cityName(city)));
    }

    private static Object member(Object map, String name) {
        return map instanceof Map<?, ?> m ? m.get(name) : null;
    }

    private static String countryCode(Object value) {
        if (value instanceof String s && s.length() == 2 && asciiLetter(s.charAt(0)) && asciiLetter(s.charAt(1))) {
            return s.toUpperCase(Locale.ROOT);
        }
        return null;
    }

    private static boolean asciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static String cityName(Object value) {
        if (!(value instanceof String s) || s.isBlank()) {
            return null;
        }
        String name = s.strip();
        return name.length() > MAX_CITY ? name.substring(0, MAX_CITY) : name;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
