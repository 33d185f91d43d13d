package org.polymetric.portal.account;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import java.util.Optional;
import org.polymetric.kernel.identity.AccessLevel;
import org.polymetric.kernel.identity.Grant;
import org.polymetric.kernel.tenancy.ResourceType;

/**
 * Parses a token request, from JSON ({@code {"name", "scope": {"organization_id": N}, "level"}}) or
 * from the account page's form ({@code scope=game:7}); names the faulty field otherwise.
 */
record TokenRequest(String name, Grant scope) {

    static TokenRequest fromJson(JsonObject body) {
        if (body == null) {
            throw new BadRequestException("Send a JSON object: {\"name\", \"scope\", \"level\"}");
        }
        String name = text(body, "name").orElseThrow(() -> new BadRequestException("name: required"));
        AccessLevel level = text(body, "level").flatMap(TokenRequest::level)
                .orElseThrow(() -> new BadRequestException("level: one of owner, admin, viewer"));
        if (!(body.get("scope") instanceof JsonObject scope) || scope.size() != 1) {
            throw new BadRequestException("scope: exactly one of organization_id, studio_id, game_id");
        }
        String key = scope.keySet().iterator().next();
        ResourceType type = ResourceType.fromWord(key.replaceFirst("_id$", "")).filter(t -> key.endsWith("_id"))
                .orElseThrow(() -> new BadRequestException("scope: exactly one of organization_id, studio_id, game_id"));
        if (!(scope.get(key) instanceof JsonNumber n) || !n.isIntegral() || n.longValue() < 1) {
            throw new BadRequestException("scope." + key + ": a positive integer");
        }
        return new TokenRequest(name, new Grant(type, n.longValue(), level));
    }

    static TokenRequest fromForm(String name, String scope, String levelWord) {
        AccessLevel level = level(levelWord).orElseThrow(() -> new BadRequestException("level: one of owner, admin, viewer"));
        String[] parts = scope == null ? new String[0] : scope.split(":");
        if (parts.length != 2 || !parts[1].matches("\\d{1,18}")) {
            throw new BadRequestException("scope: pick an organization, studio or game");
        }
        ResourceType type = ResourceType.fromWord(parts[0])
                .orElseThrow(() -> new BadRequestException("scope: pick an organization, studio or game"));
        return new TokenRequest(name, new Grant(type, Long.parseLong(parts[1]), level));
    }

    private static Optional<AccessLevel> level(String word) {
        return AccessLevel.fromWord(word).filter(l -> l != AccessLevel.PRIMARY_OWNER);
    }

    private static Optional<String> text(JsonObject body, String field) {
        JsonValue v = body.get(field);
        return v instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
    }
}
