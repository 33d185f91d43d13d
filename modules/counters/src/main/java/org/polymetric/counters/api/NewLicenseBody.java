package org.polymetric.counters.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.OptionalLong;
import org.polymetric.counters.domain.RequestText;
import org.polymetric.counters.service.CountersRefusal;
import org.polymetric.counters.service.Licenses;

/**
 * The body of {@code POST /api/counters/licenses}: {@code {"organization_id", "name", "ccu_limit"?}}.
 *
 * @param ccuLimit null when absent or {@code null}
 */
record NewLicenseBody(long organizationId, String name, Integer ccuLimit) {
    static final String NOT_AN_ORGANIZATION = "organization_id must be an organization's id";
    private static final String NOT_AN_OBJECT = "the body must be a JSON object";

    /** @throws CountersRefusal 400 naming the first field that is missing or not of its kind */
    static NewLicenseBody parse(String body) {
        JsonObject in = object(body);
        // numbers are read by their text's grammar: isIntegral() and longValue() would work on any BigDecimal
        OptionalLong org = in.get("organization_id") instanceof JsonNumber n ? RequestText.whole(n.toString(), RequestText.ID_DIGITS)
                : OptionalLong.empty();
        if (org.isEmpty()) {
            throw CountersRefusal.badRequest(NOT_AN_ORGANIZATION);
        }
        if (!(in.get("name") instanceof JsonString name)) {
            throw CountersRefusal.badRequest("name must be a text");
        }
        Integer limit = null;
        JsonValue ccu = in.get("ccu_limit");
        if (ccu != null && ccu != JsonValue.NULL) {
            OptionalLong l = ccu instanceof JsonNumber n ? RequestText.whole(n.toString(), Licenses.LIMIT_DIGITS) : OptionalLong.empty();
            if (l.isEmpty() || l.getAsLong() > Integer.MAX_VALUE) {
                throw CountersRefusal.badRequest("ccu_limit must be a positive number");
            }
            limit = (int) l.getAsLong();
        }
        return new NewLicenseBody(org.getAsLong(), name.getString(), limit);
    }

    private static JsonObject object(String body) {
        if (!(JsonBody.parse(body, NOT_AN_OBJECT) instanceof JsonObject o)) {
            throw CountersRefusal.badRequest(NOT_AN_OBJECT);
        }
        return o;
    }
}
