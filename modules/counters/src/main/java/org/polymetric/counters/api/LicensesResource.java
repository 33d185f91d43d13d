package org.polymetric.counters.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.polymetric.counters.domain.CheckedLicenseTerms;
import org.polymetric.counters.domain.License;
import org.polymetric.counters.domain.LicenseProblem;
import org.polymetric.counters.domain.LicenseTerms;
import org.polymetric.counters.domain.RequestText;
import org.polymetric.counters.service.CountersRefusal;
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
        long org = RequestText.whole(organization, RequestText.ID_DIGITS)
                .orElseThrow(() -> CountersRefusal.badRequest(NewLicenseBody.NOT_AN_ORGANIZATION));
        JsonArrayBuilder out = JsonBuilders.array();
        licenses.of(org).forEach(l -> out.add(json(l)));
        return CounterReply.json(200, JsonBuilders.object().add("licenses", out));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response add(String body) {
        guard.requireUser();
        NewLicenseBody in = NewLicenseBody.parse(body);
        CheckedLicenseTerms terms = licenses.terms(in.organizationId(), in.name(), in.ccuLimit());
        if (terms instanceof LicenseProblem problem) {
            throw CountersRefusal.badRequest(problem.sentence());
        }
        return CounterReply.json(201, json(licenses.add(in.organizationId(), (LicenseTerms) terms)));
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
