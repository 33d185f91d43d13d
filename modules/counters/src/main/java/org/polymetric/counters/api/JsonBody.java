package org.polymetric.counters.api;

import jakarta.json.JsonValue;
import org.polymetric.counters.service.CountersRefusal;
import org.polymetric.kernel.web.JsonBuilders;

/** A request body read as JSON; text that is no JSON is refused with the endpoint's own sentence. */
final class JsonBody {
    private JsonBody() {
    }

    /** @throws CountersRefusal 400 with {@code refusal} when the body is empty or no JSON */
    static JsonValue parse(String body, String refusal) {
        try {
            return JsonBuilders.parse(body == null ? "" : body);
        } catch (RuntimeException e) {
            // whatever the parser says of text that is no JSON, the caller sent not what the endpoint reads
            throw CountersRefusal.badRequest(refusal);
        }
    }
}
