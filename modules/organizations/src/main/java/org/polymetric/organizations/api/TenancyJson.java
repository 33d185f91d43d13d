package org.polymetric.organizations.api;

import org.polymetric.kernel.web.JsonBuilders;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.polymetric.kernel.tenancy.Game;
import org.polymetric.kernel.tenancy.GameActivity;
import org.polymetric.kernel.tenancy.Organization;
import org.polymetric.kernel.tenancy.Studio;
import org.polymetric.kernel.time.VendorDates;

/** The seed's JSON shapes for games, studios and organizations, and the list and item envelopes. */
final class TenancyJson {
    private TenancyJson() {
    }

    static JsonObject studio(Studio s) {
        JsonObjectBuilder b = JsonBuilders.object()
                .add("id", s.getId())
                .add("name", s.getName())
                .add("is_archived", s.isArchived())
                .add("created_at", VendorDates.iso(s.getCreatedAt()));
        time(b, "archived_at", s.getArchivedAt());
        return b.build();
    }

    static JsonObject organization(Organization o) {
        return JsonBuilders.object().add("id", o.getId()).add("name", o.getName())
                .add("created_at", VendorDates.iso(o.getCreatedAt())).build();
    }

    /**
     * A game. {@code studio} and {@code organization} are ids unless expanded, in which case the
     * expander gives the object; {@code secret_key} is null unless {@code withSecret} (the caller
     * administers the game).
     */
    static JsonObject game(Game g, boolean withSecret, GameActivity.Active active, Set<String> expand,
                           Function<Long, Studio> studios, Function<Long, Organization> organizations) {
        JsonObjectBuilder b = JsonBuilders.object()
                .add("id", g.getId())
                .add("title", g.getTitle())
                .add("is_disabled", g.isDisabled())
                .add("is_archived", g.isArchived())
                .add("created_at", VendorDates.iso(g.getCreatedAt()));
        time(b, "archived_at", g.getArchivedAt());
        b.add("platform", g.getPlatform());
        text(b, "store_platform", g.getStorePlatform());
        b.add("sdk_used", g.getSdkUsed());
        text(b, "bundle_id", g.getBundleId());
        text(b, "googleplay_key", g.getGoogleplayKey());
        b.add("key", g.getKey());
        text(b, "secret_key", withSecret ? g.getSecretKey() : null);
        if (expand.contains("studio")) {
            b.add("studio", studio(studios.apply(g.getStudioId())));
        } else {
            b.add("studio", g.getStudioId());
        }
        if (expand.contains("organization")) {
            b.add("organization", organization(organizations.apply(g.getOrganizationId())));
        } else {
            b.add("organization", g.getOrganizationId());
        }
        b.add("metrics", JsonBuilders.object().add("DAU", active.dau()).add("WAU", active.wau()).add("MAU", active.mau()));
        return b.build();
    }

    static JsonObject list(List<JsonObject> items, long total) {
        JsonArrayBuilder data = JsonBuilders.array();
        items.forEach(data::add);
        return JsonBuilders.object().add("data", data).add("meta", JsonBuilders.object().add("total", total)).build();
    }

    static JsonObject item(JsonObject item) {
        return JsonBuilders.object().add("data", item).build();
    }


    private static void time(JsonObjectBuilder b, String name, Instant t) {
        if (t == null) {
            b.addNull(name);
        } else {
            b.add(name, VendorDates.iso(t));
        }
    }

    private static void text(JsonObjectBuilder b, String name, String value) {
        if (value == null) {
            b.addNull(name);
        } else {
            b.add(name, value);
        }
    }
}
