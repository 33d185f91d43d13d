package org.polymetric.counters.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.OptionalLong;
import org.polymetric.counters.domain.LicenseProblem;
import org.polymetric.counters.domain.RequestText;
import org.polymetric.counters.service.CountersRefusal;

/**
 * The body of {@code POST /api/counters/licenses}: {@code {"organization_id", "name", "ccu_limit"?}},
 * each of its JSON kind; what the name and limit may be is the service's rule ({@code LicenseTerms}).
 *
 * @param ccuLimit the number's text; null when absent or {@code null}
 */
record NewLicenseBody(long organizationId, String name, String ccuLimit) {
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
        JsonValue ccu = in.get("ccu_limit");
        if (ccu != null && ccu != JsonValue.NULL && !(ccu instanceof JsonNumber)) {
            throw CountersRefusal.badRequest(LicenseProblem.CCU_LIMIT.sentence());
        }
        // the number's text, read by the limit's grammar: 5.0 or 1e3 are no limit, as in the page's form
        return new NewLicenseBody(org.getAsLong(), name.getString(), ccu instanceof JsonNumber n ? n.toString() : null);
    }

    private static JsonObject object(String body) {
        if (!(JsonBody.parse(body, NOT_AN_OBJECT) instanceof JsonObject o)) {
            throw CountersRefusal.badRequest(NOT_AN_OBJECT);
        }
        return o;
    }
}
