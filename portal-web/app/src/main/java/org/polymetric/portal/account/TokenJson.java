package org.polymetric.portal.account;

import org.polymetric.kernel.web.JsonBuilders;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.polymetric.kernel.identity.ApiToken;
import org.polymetric.kernel.identity.Grant;
import org.polymetric.kernel.time.VendorDates;

/** The JSON shape of a token: {@code {"id", "name", "scope": {"game_id": 7}, "level", ...}}. */
final class TokenJson {
    private TokenJson() {
    }

    static JsonObject of(ApiToken token, String secret) {
        JsonObjectBuilder b = JsonBuilders.object()
                .add("id", token.getId())
                .add("name", token.getName());
        if (secret != null) {
            b.add("token", secret);
        }
        b.add("scope", scope(token.scope()))
                .add("level", token.getLevel().word())
                .add("hint", token.getTokenHint())
                .add("created_at", VendorDates.iso(token.getCreatedAt()));
        if (token.getLastUsedAt() != null) {
            b.add("last_used_at", VendorDates.iso(token.getLastUsedAt()));
        } else {
            b.addNull("last_used_at");
        }
        return b.build();
    }

    static JsonObject scope(Grant scope) {
        return JsonBuilders.object().add(scope.resource().word() + "_id", scope.resourceId()).build();
    }
}
