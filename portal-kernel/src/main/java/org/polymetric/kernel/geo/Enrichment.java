package org.polymetric.kernel.geo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.polymetric.kernel.config.IpLiteral;
import org.polymetric.kernel.config.PortalSettings;
import org.polymetric.kernel.config.Setting;

/**
 * What a client's address and user agent say about it, for every module: the place (the city
 * database of {@code POLYMETRIC_GEOIP_CITY_DB} when one is configured and knows the address, else
 * the bundled DB-IP Lite country database), the network (the ASN database of
 * {@code POLYMETRIC_GEOIP_ASN_DB}, when configured) and the device (browser, OS, device class).
 * Lookups never throw: a write must not fail because its client could not be described.
 */
@ApplicationScoped
public class Enrichment implements Geolocation {
    private static final Logger LOG = Logger.getLogger(Enrichment.class.getName());

    @Inject
    PortalSettings settings;

    private PlaceDatabase country;
    private PlaceDatabase city;
    private PlaceDatabase asn;
    private final UserAgents userAgents = new UserAgents();

    public Enrichment() {
    }

    /** Already opened databases; {@code city} and {@code asn} may be null. */
    Enrichment(PlaceDatabase country, PlaceDatabase city, PlaceDatabase asn) {
        this.country = country;
        this.city = city;
        this.asn = asn;
    }

    /**
     * A database that cannot be opened costs lookups, not writes: it is logged and left out. The
     * launcher has already checked that configured files exist and are MaxMind-format.
     */
    @PostConstruct
    void open() {
        try {
            country = PlaceDatabase.bundledCountry();
            LOG.info("GeoIP: bundled DB-IP Lite country database (" + country.describe() + "; IP Geolocation by DB-IP, CC BY 4.0)");
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "GeoIP: the bundled country database cannot be read; requests without a country stay unlocated", e);
        }
        city = optional(Setting.GEOIP_CITY_DB, "locating by country only");
        asn = optional(Setting.GEOIP_ASN_DB, "no networks (ISP/ASN)");
    }

    private PlaceDatabase optional(Setting setting, String without) {
        String file = null;
        try {
            // the server checks the settings again: a file removed since the start must cost lookups, not writes
            file = settings.get().get(setting).orElse(null);
            if (file == null) {
                return null;
            }
            PlaceDatabase db = PlaceDatabase.open(Path.of(file));
            LOG.info("GeoIP: " + setting.env() + " " + file + " (" + db.describe() + ")");
            return db;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "GeoIP: " + setting.env() + (file == null ? "" : "=" + file) + " cannot be used; " + without, e);
            return null;
        }
    }

    @PreDestroy
    void close() {
        for (PlaceDatabase db : new PlaceDatabase[] {asn, city, country}) {
            try {
                if (db != null) {
                    db.close();
                }
            } catch (IOException e) {
                LOG.log(Level.FINE, "GeoIP: closing a database", e);
            }
        }
    }

    @Override
    public Optional<Place> locate(String address) {
        Optional<InetAddress> ip = IpLiteral.routable(address);
        if (ip.isEmpty()) {
            return Optional.empty();
        }
        Optional<Place> place = find(city, ip.get());
        return place.isPresent() ? place : find(country, ip.get());
    }

    /** The ISP/ASN of {@code address}; empty without an ASN database, or for private, unknown or malformed addresses. */
    public Optional<Network> network(String address) {
        if (asn == null) {
            return Optional.empty();
        }
        Optional<InetAddress> ip = IpLiteral.routable(address);
        if (ip.isEmpty()) {
            return Optional.empty();
        }
        try {
            return asn.network(ip.get());
        } catch (IOException | RuntimeException e) {
            // a corrupt stretch of the database: this address goes without a network, the next may not
            return Optional.empty();
        }
    }

    /** Browser, OS and device class of a user agent; {@code "Other"} parts for an empty or unknown one. */
    public Device device(String userAgent) {
        return userAgents.parse(userAgent);
    }

    /**
     * The device of a user agent if that costs no parse (empty or cached agents), else empty: a
     * caller that must bound parsing (player beacons) asks this first and budgets the rest.
     */
    public Optional<Device> knownDevice(String userAgent) {
        return userAgents.known(userAgent);
    }

    private static Optional<Place> find(PlaceDatabase db, InetAddress ip) {
        if (db == null) {
            return Optional.empty();
        }
        try {
            return db.find(ip);
        } catch (IOException | RuntimeException e) {
            // a corrupt stretch of a database: this address goes unlocated here, the next may not
            return Optional.empty();
        }
    }
}
