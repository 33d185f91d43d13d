package org.polymetric.organizations.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.polymetric.kernel.identity.Access;
import org.polymetric.kernel.identity.User;
import org.polymetric.kernel.tenancy.ResourceType;
import org.polymetric.kernel.tenancy.TenancyDirectory;
import org.polymetric.kernel.time.VendorDates;
import org.polymetric.kernel.web.JsonBuilders;
import org.polymetric.organizations.domain.Member;

/** The seed's user object (with the highest access) and ACL entries. */
final class PeopleJson {
    private PeopleJson() {
    }

    static JsonObject user(Member m) {
        User u = m.user();
        Access highest = m.highest();
        JsonObjectBuilder b = JsonBuilders.object()
                .add("id", u.getId())
                .add("first_name", u.getFirstName())
                .add("last_name", u.getLastName())
                .add("full_name", u.getFullName())
                .add("email", u.getEmail());
        if (u.getLastLoggedInAt() == null) {
            b.addNull("last_logged_in_at");
        } else {
            b.add("last_logged_in_at", VendorDates.iso(u.getLastLoggedInAt()));
        }
        b.add("access", JsonBuilders.object().add("resource", highest.getResource().word())
                .add("access_level", highest.getLevel().word()));
        return b.build();
    }

    /** {@code {"resource": {"access_level", "access_resource", "studio_id", "game_id"}}}. */
    static JsonObject acl(Access a, TenancyDirectory tenancy) {
        JsonObjectBuilder r = JsonBuilders.object().add("access_level", a.getLevel().word())
                .add("access_resource", a.getResource().word());
        Long studio = switch (a.getResource()) {
            case ORGANIZATION -> null;
            case STUDIO -> a.getResourceId();
            case GAME -> tenancy.locate(ResourceType.GAME, a.getResourceId()).map(c -> c.studioId()).orElse(null);
        };
        if (studio == null) {
            r.addNull("studio_id");
        } else {
            r.add("studio_id", studio);
        }
        if (a.getResource() == ResourceType.GAME) {
            r.add("game_id", a.getResourceId());
        } else {
            r.addNull("game_id");
        }
        return JsonBuilders.object().add("resource", r).build();
    }

    static JsonObject acls(List<Access> grants, TenancyDirectory tenancy) {
        return TenancyJson.list(grants.stream().map(a -> acl(a, tenancy)).toList(), grants.size());
    }
}
