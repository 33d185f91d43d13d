package org.polymetric.counters.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.OptionalLong;
import org.polymetric.counters.domain.RequestText;
import org.polymetric.counters.domain.License;
import org.polymetric.counters.service.Licenses;
import org.polymetric.kernel.security.AccessGuard;
import org.polymetric.kernel.web.JsonBuilders;

/**
 * {@code /api/counters/licenses}: Photon Server licenses, whose hash Photon Server instances
 * (or their agents) name when they write {@code Servers} and {@code CCU}. {@code GET
 * ?organization_id=} lists an organization's (viewers and above); {@code POST} with
 * {@code {"organization_id", "name", "ccu_limit"?}} adds one (its admins) and answers 201 with
 * the new license and its hash.
 */
@ApplicationScoped
@Path("api/counters/licenses")
public class LicensesResource {
    @Inject
    Licenses licenses;

    @Inject
    AccessGuard guard;

    @GET
    public Response list(@QueryParam("organization_id") String organization) {
        guard.requireUser();
        OptionalLong org = RequestText.whole(organization, RequestText.ID_DIGITS);
        if (org.isEmpty()) {
            return CounterReply.error(400, "organization_id must be an organization's id");
        }
        try {
            JsonArrayBuilder out = JsonBuilders.array();
            licenses.of(org.getAsLong()).forEach(l -> out.add(json(l)));
            return Response.ok(JsonBuilders.object().add("licenses", out).build().toString(),
                    MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8")).build();
        } catch (NotFoundException e) {
            return CounterReply.error(404, "no such organization");
        }
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response add(String body) {
        guard.requireUser();
        JsonObject in;
        try {
            JsonValue v = JsonBuilders.parse(body == null ? "" : body);
            if (!(v instanceof JsonObject o)) {
                return CounterReply.error(400, "the body must be a JSON object");
            }
            in = o;
        } catch (RuntimeException e) {
            return CounterReply.error(400, "the body must be a JSON object");
        }
        // numbers are read by their text's grammar: isIntegral() and longValue() would work on any BigDecimal
        OptionalLong org = in.get("organization_id") instanceof JsonNumber n ? RequestText.whole(n.toString(), RequestText.ID_DIGITS)
                : OptionalLong.empty();
        if (org.isEmpty()) {
            return CounterReply.error(400, "organization_id must be an organization's id");
        }
        if (!(in.get("name") instanceof JsonString name)) {
            return CounterReply.error(400, "name must be a text");
        }
        Integer limit = null;
        JsonValue ccu = in.get("ccu_limit");
        if (ccu != null && ccu != JsonValue.NULL) {
            OptionalLong l = ccu instanceof JsonNumber n ? RequestText.whole(n.toString(), Licenses.LIMIT_DIGITS) : OptionalLong.empty();
            if (l.isEmpty() || l.getAsLong() > Integer.MAX_VALUE) {
                return CounterReply.error(400, "ccu_limit must be a positive number");
            }
            limit = (int) l.getAsLong();
        }
        try {
            License l = licenses.add(org.getAsLong(), name.getString(), limit);
            return Response.status(201).type(MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8"))
                    .entity(json(l).build().toString()).build();
        } catch (NotFoundException e) {
            return CounterReply.error(404, "no such organization");
        } catch (IllegalArgumentException e) {
            return CounterReply.error(400, e.getMessage());
        }
    }

    static JsonObjectBuilder json(License l) {
        JsonObjectBuilder o = JsonBuilders.object().add("id", l.id()).add("organization_id", l.organizationId())
                .add("hash", l.hash()).add("name", l.name());
        if (l.ccuLimit() == null) {
            o.addNull("ccu_limit");
        } else {
            o.add("ccu_limit", l.ccuLimit());
        }
        return o.add("created_at", l.createdAt().toString());
    }
}
