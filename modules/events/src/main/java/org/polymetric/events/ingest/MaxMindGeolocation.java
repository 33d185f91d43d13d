package org.polymetric.events.ingest;

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
import org.polymetric.kernel.config.PortalSettings;
import org.polymetric.kernel.config.Setting;

/**
 * GeoIP for SDK requests that name no country: the city database of
 * {@code POLYMETRIC_GEOIP_CITY_DB} when one is configured and knows the address, else the
 * bundled DB-IP Lite country database. Lookups never throw: a write must not fail because its
 * location could not be found.
 */
@ApplicationScoped
public class MaxMindGeolocation implements Geolocation {
    private static final Logger LOG = Logger.getLogger(MaxMindGeolocation.class.getName());

    @Inject
    PortalSettings settings;

    private PlaceDatabase country;
    private PlaceDatabase city;

    public MaxMindGeolocation() {
    }

    /** Already opened databases; {@code city} may be null. */
    MaxMindGeolocation(PlaceDatabase country, PlaceDatabase city) {
        this.country = country;
        this.city = city;
    }

    /**
     * A database that cannot be opened costs locations, not writes: it is logged and left out.
     * The launcher has already checked that a configured city file exists and is MaxMind-format.
     */
    @PostConstruct
    void open() {
        try {
            country = PlaceDatabase.bundledCountry();
            LOG.info("GeoIP: bundled DB-IP Lite country database (" + country.describe() + "; IP Geolocation by DB-IP, CC BY 4.0)");
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "GeoIP: the bundled country database cannot be read; requests without a country stay unlocated", e);
        }
        String cityFile = null;
        try {
            // the server checks the settings again: a file removed since the start must cost cities, not writes
            cityFile = settings.get().get(Setting.GEOIP_CITY_DB).orElse(null);
            if (cityFile != null) {
                city = PlaceDatabase.open(Path.of(cityFile));
                LOG.info("GeoIP: city database " + cityFile + " (" + city.describe() + ")");
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "GeoIP: " + Setting.GEOIP_CITY_DB.env() + (cityFile == null ? "" : "=" + cityFile)
                    + " cannot be used; locating by country only", e);
        }
    }

    @PreDestroy
    void close() {
        for (PlaceDatabase db : new PlaceDatabase[] {city, country}) {
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
