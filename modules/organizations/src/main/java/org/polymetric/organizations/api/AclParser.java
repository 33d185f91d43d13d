package org.polymetric.organizations.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.polymetric.kernel.identity.AccessLevel;
import org.polymetric.kernel.tenancy.ResourceType;
import org.polymetric.organizations.service.NewAcl;

/**
 * Reads one {@code {"resource": {"access_level", "access_resource", "studio_id", "game_id"}}}
 * (replace-ACL and invites): studio access names {@code studio_id}, game access {@code game_id},
 * owner exists only organization-wide.
 */
final class AclParser {
    private AclParser() {
    }

    static NewAcl parse(Validation v, JsonValue item) {
        if (!(item instanceof JsonObject o) || !(o.get("resource") instanceof JsonObject r)) {
            v.fail("body", "resource", "field required", "value_error.missing");
            return null;
        }
        String level = v.bodyEnum(r, "access_level", true, Vocabulary.GRANTABLE_LEVEL);
        String resource = v.bodyEnum(r, "access_resource", true, Vocabulary.ACCESS_RESOURCE);
        Long studio = v.bodyInt(r, "studio_id", "studio".equals(resource));
        Long game = v.bodyInt(r, "game_id", "game".equals(resource));
        if (level == null || resource == null) {
            return null;
        }
        if ("owner".equals(level) && !"organization".equals(resource)) {
            v.fail("body", "access_level", "owner access is organization-wide", "value_error.owner_scope");
            return null;
        }
        return new NewAcl(AccessLevel.fromWord(level).orElseThrow(), ResourceType.fromWord(resource).orElseThrow(), studio, game);
    }
}
